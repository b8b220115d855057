import { ui } from '../../shared/ui-strings.ts';
import type { Script } from '../../shared/model.ts';

/**
 * The contents panel. The contents (`nav#contents`) is in the HTML from the build, at the
 * top of the article, for readers without JavaScript; with it, the list moves into a panel
 * over the text side, opened by a button beside the script switch (in the bar under the
 * map when there is one). The panel never covers the map; Escape, the close button, a
 * click outside or following a link closes it.
 */
export interface ContentsPanel {
  /** Put the button (and its panel) right after `anchor`. */
  placeAfter(anchor: Element): void;
  /** Mark chapter `id` as the current one in the list. */
  markCurrent(id: string): void;
  /** Close; focus goes back to the button when `returnFocus`. */
  close(returnFocus: boolean): void;
  /** The nav whose inside the script switch renders again. */
  nav: HTMLElement;
}

export function createContentsPanel(nav: HTMLElement, script: Script): ContentsPanel {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'contents-toggle pill-button';
  button.id = 'contents-toggle';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'contents-panel');
  button.dataset.ui = 'contentsButton';
  button.textContent = ui('contentsButton', script);

  const panel = document.createElement('div');
  panel.className = 'contents-panel';
  panel.id = 'contents-panel';
  panel.hidden = true;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'contents-close';
  close.dataset.uiLabel = 'contentsClose';
  close.setAttribute('aria-label', ui('contentsClose', script));
  close.textContent = '×';
  panel.append(close, nav);
  nav.querySelector<HTMLElement>('.contents-keys')?.removeAttribute('hidden');

  let current = '';
  const isOpen = () => !panel.hidden;
  const open = () => {
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    document.body.classList.add('contents-open');
    // Into the panel, at the reader's chapter.
    const here = nav.querySelector<HTMLElement>('a[aria-current]') ?? close;
    // Scroll only the panel: focus() alone may scroll the page under it, and the chapter with it.
    here.focus({ preventScroll: true });
    panel.scrollTop = Math.max(0, here.offsetTop - panel.clientHeight / 3);
  };
  const shut = (returnFocus: boolean) => {
    if (!isOpen()) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.body.classList.remove('contents-open');
    // The button is always in view; on a phone a plain focus() would scroll the page under the map strip.
    if (returnFocus) button.focus({ preventScroll: true });
  };

  button.addEventListener('click', () => (isOpen() ? shut(true) : open()));
  close.addEventListener('click', () => shut(true));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      shut(true);
    }
  });
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) shut(true);
  });
  document.addEventListener('pointerdown', (event) => {
    const target = event.target;
    if (isOpen() && target instanceof Node && !panel.contains(target) && !button.contains(target))
      shut(false);
  });
  // A link followed: the panel has done its job (the jump itself is the address's).
  nav.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) shut(false);
  });

  return {
    nav,
    placeAfter(anchor) {
      anchor.after(button, panel);
    },
    markCurrent(id) {
      current = id;
      nav.querySelectorAll<HTMLElement>('a[data-chapter-link]').forEach((link) => {
        if (link.dataset.chapterLink === current) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      });
    },
    close: shut,
  };
}
