/**
 * The page side of the facts: replaces the build-rendered timeline and "by the numbers"
 * section with the other script's copy on a switch, marks the current chapter's dates on the timeline, and
 * keeps the byline's date a <time> across a script switch. Nothing is rendered here.
 */
import type { ScriptText } from '../../shared/model.ts';
import { langTag } from '../../shared/ui-strings.ts';

/** Replace each script part (`[data-script-part]`, one copy in the page) with `text`'s copy. */
export function showScriptCopies(text: ScriptText, root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-script-part]').forEach((copy) => {
    const part = copy.dataset.scriptPart;
    if (part !== 'timeline' && part !== 'factsTable') return;
    copy.innerHTML = text[part];
    copy.lang = langTag(text.script);
  });
}

/** Highlight the timeline stops that chapter `chapterId` mentions (in every copy). */
export function markTimeline(chapterId: string, root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('.timeline li[data-chapters]').forEach((stop) => {
    const current = (stop.dataset.chapters ?? '').split(' ').includes(chapterId);
    stop.classList.toggle('is-current', current);
    const link = stop.querySelector('a');
    if (current) link?.setAttribute('aria-current', 'true');
    else link?.removeAttribute('aria-current');
  });
}

/** Wrap the first occurrence of `date` (ISO, e.g. 2020-02) in `el`'s text in a <time>. */
export function markBylineDate(el: HTMLElement, date: string): void {
  if (!date || el.querySelector('time')) return;
  const text = el.textContent ?? '';
  const at = text.indexOf(date);
  if (at < 0) return;
  const time = document.createElement('time');
  time.dateTime = date;
  time.textContent = date;
  el.replaceChildren(text.slice(0, at), time, text.slice(at + date.length));
}
