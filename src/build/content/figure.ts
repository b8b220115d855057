import { isMap, isScalar } from 'yaml';
import { parseYamlBlock } from './front-matter.ts';
import type { ContentIssue } from './issues.ts';
import type { FigureBlock } from './markdown.ts';
import { eachField, FieldIssues, isPlainText, nonEmptyText } from './yaml-fields.ts';

const FIGURE_KEYS = ['credit', 'caption'] as const;

/** A one-issue result at the fence line. */
function fenceIssue(file: string, line: number, message: string, hint: string) {
  return { issues: [{ file, line, message, hint }] };
}

/**
 * A fenced block of a chapter body: only ```figure is allowed, closed, holding a
 * `credit:` line and a `caption:` line (or `caption: null`).
 *
 * @param line - file line of the opening fence
 */
export function parseFence(
  info: string,
  content: string,
  markup: string,
  body: string,
  map: [number, number] | null,
  file: string,
  line: number,
): { figure?: FigureBlock; issues: ContentIssue[] } {
  if (info !== 'figure') {
    return fenceIssue(
      file,
      line,
      `code block '${markup}${info}' is not allowed`,
      "the only fenced block is '```figure' with credit: and caption: lines",
    );
  }
  const lastLine = body.split(/\r?\n/)[(map?.[1] ?? 1) - 1] ?? '';
  if (!lastLine.trim().startsWith(markup)) {
    return fenceIssue(
      file,
      line,
      'figure block is not closed',
      `add a line with ${markup} after the caption line`,
    );
  }
  const parsed = parseYamlBlock(content, file, line + 1);
  if (parsed.issues.length) return { issues: parsed.issues };
  const root = parsed.block.doc.contents;
  if (!isMap(root)) {
    return fenceIssue(
      file,
      line,
      'figure block must hold credit: and caption: lines',
      'write credit: <banner line> and caption: <caption line or null>',
    );
  }
  const c = new FieldIssues(file, parsed.block);
  let credit: string | undefined;
  let caption: string | null | undefined;
  eachField(c, root, FIGURE_KEYS, 'figure', (key, value, pair) => {
    if (key === 'credit') {
      credit = nonEmptyText(value);
      if (credit === undefined)
        c.add(
          pair.key,
          'figure credit is empty',
          'copy the banner line that stands where the photo was',
        );
      else if (!isPlainText(c, value, 'figure credit', credit)) credit = undefined;
      return;
    }
    caption =
      isScalar(value) && value.value === null && value.source === 'null'
        ? null
        : nonEmptyText(value);
    if (caption === undefined)
      c.add(
        pair.key,
        'figure caption is empty',
        'copy the caption line that follows the credit in the original, or write caption: null if it has none',
      );
    else if (caption !== null && !isPlainText(c, value, 'figure caption', caption))
      caption = undefined;
  });
  const issues = c.issues;
  if (!root.has('credit'))
    issues.push({
      file,
      line,
      message: 'figure has no credit line',
      hint: 'add credit: <the banner line>',
    });
  if (!root.has('caption') && !c.suggested.has('caption')) {
    issues.push({
      file,
      line,
      message: 'figure has no caption line',
      hint: 'add caption: <the line after the banner>, or caption: null when the original has none',
    });
  }
  if (issues.length || credit === undefined || caption === undefined) return { issues };
  return { figure: { kind: 'figure', line, credit, caption }, issues };
}
