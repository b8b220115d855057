import { escapeHtml } from '../../shared/html.ts';
import type { Bilingual, Script } from '../../shared/model.ts';
import type { BodyBlock } from '../content/markdown.ts';
import { renderLinkedText } from '../content/place-links.ts';
import type { NameMatch } from '../content/place-links.ts';
import { bilingual, toHans } from '../content/script.ts';

/** Muted note where the original had a photo this page does not carry. */
const PHOTO_MISSING: Bilingual = bilingual('（原文此處有一張照片，本頁未收錄）');

/**
 * A chapter body as HTML in both scripts: `<p>` per paragraph with place links, and a
 * `<figure class="photo-placeholder">` per figure block.
 *
 * @param links - the place names linked in each block (same order as `blocks`)
 * @param standIn - for a code, the name of the area the map shows instead, if any
 */
export function chapterBodyHtml(
  blocks: readonly BodyBlock[],
  links: readonly NameMatch[][],
  standIn: (code: string) => Bilingual | undefined,
): Bilingual {
  const render = (script: Script): string =>
    blocks
      .map((block, i) => {
        const linked = (text: string): string =>
          renderLinkedText(text, links[i] ?? [], script, standIn);
        if (block.kind === 'paragraph') return `<p>${linked(block.text)}</p>`;
        const credit = script === 'hans' ? toHans(block.credit) : block.credit;
        const caption =
          block.caption === null
            ? ''
            : `<span class="photo-caption">${linked(block.caption)}</span>`;
        return (
          `<figure class="photo-placeholder${block.caption === null ? ' no-caption' : ''}">` +
          `<div class="photo-missing">${escapeHtml(PHOTO_MISSING[script])}</div>` +
          // The credit was printed in Simplified even on the Traditional page: say so to screen readers.
          `<figcaption>${caption}<small class="photo-credit" lang="zh-Hans">${escapeHtml(credit)}</small></figcaption>` +
          `</figure>`
        );
      })
      .join('\n');
  return { hant: render('hant'), hans: render('hans') };
}
