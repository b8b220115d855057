import { chapterOpening, chapterOutline, headingLabel } from './chapter-label.ts';
import { escapeHtml } from './html.ts';
import type { IndexedStory, NamedChapter, Script } from './model.ts';
import { ui } from './ui-strings.ts';

/**
 * The contents: the article's parts, sub-headings and chapters as plain links. The build
 * renders it into index.html (it works without JavaScript); the script switch renders it again.
 */

function chapterItem(chapter: NamedChapter, script: Script): string {
  const id = escapeHtml(chapter.id);
  return `<li><a href="#${id}" data-chapter-link="${id}">${escapeHtml(chapterOpening(chapter, script))}</a></li>`;
}

/** The inside of `<nav id="contents">`: heading, nested list, and the keys (shown by the script that handles them). */
export function contentsInnerHtml(story: IndexedStory, script: Script): string {
  const parts = chapterOutline<NamedChapter>(story.chapters)
    .map((part) => {
      const groups = part.subheads
        .map((group) => {
          const items = group.chapters.map((c) => chapterItem(c, script)).join('');
          if (!group.subhead) return items;
          return (
            `<li class="contents-subhead"><span>${escapeHtml(headingLabel(group.subhead, script))}</span>` +
            `<ol>${items}</ol></li>`
          );
        })
        .join('');
      const name = part.part ? part.part[script] : ui('openingPart', script);
      return `<li class="contents-part"><span>${escapeHtml(name)}</span><ol>${groups}</ol></li>`;
    })
    .join('');
  const key = (k: string, label: string) =>
    `<span class="contents-key"><kbd>${k}</kbd> ${escapeHtml(label)}</span>`;
  return (
    `<h2 id="contents-heading">${escapeHtml(ui('contentsHeading', script))}</h2>` +
    `<ol class="contents-list">${parts}</ol>` +
    `<p class="contents-keys" hidden>${escapeHtml(ui('keysHeading', script))}: ` +
    `${key('j', ui('keyNext', script))} ${key('k', ui('keyPrevious', script))}</p>`
  );
}

/** The whole contents element, as index.html receives it. @internal */
export function contentsHtml(story: IndexedStory, script: Script): string {
  return (
    `<nav class="contents" id="contents" aria-labelledby="contents-heading">` +
    `${contentsInnerHtml(story, script)}</nav>`
  );
}
