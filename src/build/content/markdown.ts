import { parseFence } from './figure.ts';
import type { ContentIssue } from './issues.ts';
import { contentMarkdown as md, rawHtmlIn, scriptUrlIn } from './markup.ts';

/** A paragraph of the article: plain text, one source line. */
export interface ParagraphBlock {
  kind: 'paragraph';
  /** File line of the paragraph. */
  line: number;
  /** The text as written (Markdown escapes and entities decoded). */
  text: string;
}

/** A ```figure block: where the original had a photo. */
export interface FigureBlock {
  kind: 'figure';
  /** File line of the opening fence. */
  line: number;
  /** The credit line, verbatim (the original printed it in Simplified). */
  credit: string;
  /** The caption, verbatim; `null` when the original has none (`caption: null`). */
  caption: string | null;
}

export type BodyBlock = ParagraphBlock | FigureBlock;

const BLOCK_NAMES: Record<string, string> = {
  heading_open: 'a Markdown heading',
  lheading_open: 'a Markdown heading',
  bullet_list_open: 'a Markdown list',
  ordered_list_open: 'a numbered Markdown list',
  blockquote_open: 'a Markdown block quote',
  hr: 'a Markdown horizontal rule',
  code_block: 'an indented code block',
  html_block: 'raw HTML',
  table_open: 'a Markdown table',
};

const INLINE_NAMES: Record<string, string> = {
  em_open: 'Markdown emphasis (*…* or _…_)',
  strong_open: 'Markdown bold (**…**)',
  s_open: 'Markdown strikethrough (~~…~~)',
  code_inline: 'Markdown code (`…`)',
  link_open: 'a Markdown link',
  image: 'a Markdown image',
  html_inline: 'raw HTML',
  hardbreak: 'a hard line break',
};

/**
 * Scans raw body lines for markup that must never reach the page: HTML tags and
 * script URLs. Each is an error naming its line; nothing is passed through.
 */
function scanUnsafe(
  body: string,
  file: string,
  bodyLine: number,
  skip: ReadonlySet<number>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  body.split(/\r?\n/).forEach((text, i) => {
    const line = bodyLine + i;
    if (skip.has(line)) return;
    const tag = rawHtmlIn(text);
    if (tag) {
      issues.push({
        file,
        line,
        message: `raw HTML '${tag}' is not allowed`,
        hint: 'the body is shown as plain text: remove the tag (the article has no HTML)',
      });
    }
    const url = scriptUrlIn(text);
    if (url) {
      issues.push({
        file,
        line,
        message: `script URL '${url}' is not allowed`,
        hint: 'remove it: the body may not contain links',
      });
    }
  });
  return issues;
}

/**
 * Parses a chapter body into paragraphs and figure blocks with markdown-it
 * (`html: false`, no linkify, no typographer). Anything else (headings, lists, links,
 * emphasis, HTML, script URLs) is an error naming its line, never passed through.
 */
export function parseBody(
  body: string,
  file: string,
  bodyLine: number,
): { blocks: BodyBlock[]; issues: ContentIssue[] } {
  const tokens = md.parse(body, {});
  // A figure block's lines are its fields, checked as fields (with their names) by parseFence.
  const figureLines = new Set<number>();
  for (const token of tokens) {
    if (token.type !== 'fence' || token.info.trim() !== 'figure' || !token.map) continue;
    for (let l = token.map[0]; l < token.map[1]; l++) figureLines.add(bodyLine + l);
  }
  const issues = scanUnsafe(body, file, bodyLine, figureLines);
  const unsafeLines = new Set(issues.map((i) => i.line));
  const blocks: BodyBlock[] = [];
  tokens.forEach((token, i) => {
    if (token.level !== 0) return;
    const line = bodyLine + (token.map?.[0] ?? 0);
    if (token.type === 'paragraph_open') {
      const inline = tokens[i + 1];
      const paragraph = inline
        ? paragraphText(inline.children ?? [], file, line, unsafeLines)
        : undefined;
      issues.push(...(paragraph?.issues ?? []));
      if (paragraph?.text !== undefined)
        blocks.push({ kind: 'paragraph', line, text: paragraph.text });
      return;
    }
    if (token.type === 'fence') {
      const fence = parseFence(
        token.info.trim(),
        token.content,
        token.markup,
        body,
        token.map,
        file,
        line,
      );
      issues.push(...fence.issues);
      if (fence.figure) blocks.push(fence.figure);
      return;
    }
    const name = BLOCK_NAMES[token.type];
    if (name && !unsafeLines.has(line)) {
      issues.push({
        file,
        line,
        message: `${name} is not allowed in the body`,
        hint: 'the body holds only paragraphs (one per line) and ```figure blocks; headings go in part/subhead',
      });
    }
  });
  return { blocks, issues };
}

interface InlineToken {
  type: string;
  content: string;
}

function paragraphText(
  children: readonly InlineToken[],
  file: string,
  line: number,
  unsafeLines: ReadonlySet<number>,
): { text: string; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  let text = '';
  let lineOffset = 0;
  for (const child of children) {
    if (child.type === 'text') {
      text += child.content;
      continue;
    }
    if (child.type === 'softbreak') {
      lineOffset += 1;
      issues.push({
        file,
        line: line + lineOffset,
        message: 'paragraph continues on this line',
        hint: 'put each paragraph on one line, with a blank line between paragraphs',
      });
      text += '\n';
      continue;
    }
    const name = INLINE_NAMES[child.type];
    if (name === undefined || unsafeLines.has(line + lineOffset)) continue;
    issues.push({
      file,
      line: line + lineOffset,
      message: `${name} is not allowed in the body`,
      hint: 'the body is the article as plain text: remove the markup (escape a literal character with \\)',
    });
  }
  return { text, issues };
}
