import type { PageStory, Script } from '../../shared/model.ts';

/**
 * Each chapter's static map figure (`figure.chapter-map`, written by the build): hidden on
 * screen while the live map works, shown in print and to readers without the map.
 */

const figureSelector = 'figure[data-chapter-map]';

/** Show the figures in `script`: the other script's SVG file and the map note as caption. */
export function switchMapFigures(story: PageStory, script: Script): void {
  const notes = new Map(story.chapters.map((c) => [c.id, c.map.note[script]]));
  document.querySelectorAll<HTMLElement>(figureSelector).forEach((figure) => {
    const img = figure.querySelector('img');
    const caption = figure.querySelector('figcaption');
    const note = notes.get(figure.dataset.chapterMap ?? '');
    // Only the file name's script part changes, so the base path the build wrote is kept.
    if (img) img.src = img.src.replace(/\.(hant|hans)\.svg$/, `.${script}.svg`);
    if (caption && note !== undefined) caption.textContent = note;
  });
}

/**
 * Lazy figures far down the page would print blank: load them all when printing starts
 * (`beforeprint`, or the print media query matching, as print preview and emulation do).
 */
export function loadMapFiguresForPrint(): void {
  const loadAll = () => {
    document
      .querySelectorAll<HTMLImageElement>(`${figureSelector} img[loading="lazy"]`)
      .forEach((img) => (img.loading = 'eager'));
  };
  window.addEventListener('beforeprint', loadAll, { once: true });
  const print = window.matchMedia('print');
  if (print.matches) loadAll();
  else print.addEventListener('change', loadAll, { once: true });
}
