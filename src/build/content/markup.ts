import MarkdownIt from 'markdown-it';

/**
 * What counts as markup in the article's text, for the body and for every front-matter
 * and figure field alike: the text is shown as plain text, so markup there is a mistake.
 */

/** The one Markdown reading of the content: no HTML, no bare-URL links, no typographer. */
export const contentMarkdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const RAW_HTML = /<\s*\/?\s*[a-zA-Z!?][^>]*/;
const SCRIPT_URL = /\b(?:javascript|vbscript)\s*:/i;

/** The raw HTML tag in `text` (its first 20 characters), if any. */
export function rawHtmlIn(text: string): string | undefined {
  return RAW_HTML.exec(text)?.[0].slice(0, 20);
}

/** The script URL scheme in `text` (`javascript:` …), if any. */
export function scriptUrlIn(text: string): string | undefined {
  return SCRIPT_URL.exec(text)?.[0];
}

/**
 * Every kind of markup a plain-text field carries, described for a message: raw HTML,
 * a script URL, a Markdown link or image. Empty when the text is plain.
 */
export function markupIn(text: string): string[] {
  const found: string[] = [];
  const tag = rawHtmlIn(text);
  if (tag) found.push(`raw HTML '${tag}'`);
  const url = scriptUrlIn(text);
  if (url) found.push(`a script URL '${url}'`);
  const inline = contentMarkdown.parseInline(text, {})[0]?.children ?? [];
  if (inline.some((t) => t.type === 'link_open')) found.push('a Markdown link');
  if (inline.some((t) => t.type === 'image')) found.push('a Markdown image');
  return found;
}
