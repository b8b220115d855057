/**
 * Marks a chapter's facts in its rendered HTML without changing a character of the text:
 * each quoted span becomes `<data value>` (numbers) or `<time datetime>` (dates), followed
 * by a visually hidden note with the normalised value. Screen readers read the note in
 * place; CSS shows the same note as a tooltip while the fact is hovered or focused
 * (tabindex="0", so keyboards reach it; `title` would not be). Neither the note nor the
 * cue needs JavaScript, and the data element's text stays exactly the article's words.
 *
 * Works on the HTML that chapter rendering produces (paragraphs with place links and their
 * own hidden notes), so it stays independent of how place links are found.
 */
import { escapeHtml } from '../../shared/html.ts';
import type { Script } from '../../shared/model.ts';
import type { Fact } from '../../shared/facts.ts';
import { factNote } from './fact-notes.ts';

/** A fact that could not be wrapped safely, with what to do. */
export interface WrapProblem {
  fact: Fact;
  message: string;
  hint: string;
}

interface Element {
  name: string;
  open: number;
  close: number;
  first: number;
  last: number;
}

interface Char {
  atom: number;
  /** Ids (indexes into `elements`) of the open elements around the character, outermost first. */
  path: number[];
}

/** A paragraph's inner HTML split into atoms (tags and single characters) and its plain text. */
interface Parsed {
  atoms: string[];
  text: string;
  chars: Char[];
  elements: Element[];
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const HIDDEN_OPEN = '<span class="visually-hidden">';

function parse(inner: string): Parsed {
  const parsed: Parsed = { atoms: [], text: '', chars: [], elements: [] };
  const stack: number[] = [];
  let hidden = 0;
  for (const token of inner.match(/<[^>]*>|&[#a-z0-9]+;|[^<&]/gi) ?? []) {
    const atom = parsed.atoms.length;
    parsed.atoms.push(token);
    if (token.startsWith('</')) {
      const id = stack.pop();
      const element = id === undefined ? undefined : parsed.elements[id];
      if (element) element.close = atom;
      if (hidden > 0) hidden -= 1;
      continue;
    }
    if (token.startsWith('<')) {
      if (token.endsWith('/>')) continue;
      if (hidden > 0 || token === HIDDEN_OPEN) hidden += 1;
      const name = /^<([a-z0-9]+)/i.exec(token)?.[1]?.toLowerCase() ?? '';
      stack.push(parsed.elements.length);
      parsed.elements.push({ name, open: atom, close: -1, first: -1, last: -1 });
      continue;
    }
    if (hidden > 0) continue;
    const offset = parsed.text.length;
    parsed.text += ENTITIES[token] ?? token;
    parsed.chars.push({ atom, path: [...stack] });
    for (const id of stack) {
      const element = parsed.elements[id];
      if (!element) continue;
      if (element.first < 0) element.first = offset;
      element.last = offset;
    }
  }
  return parsed;
}

/** Where the quote sits in this script's text: the same offsets, or its only occurrence. */
function findSpan(text: string, fact: Fact, script: Script): [number, number] | undefined {
  const { start, end } = fact.span;
  const words = fact.text[script];
  if (text.slice(start, end) === words) return [start, end];
  const at = text.indexOf(words);
  if (at >= 0 && text.indexOf(words, at + 1) < 0) return [at, at + words.length];
  return undefined;
}

/** The opening and closing markup for a fact, or `undefined` when it has nothing to mark. */
function markup(fact: Fact, script: Script, focusable: boolean): [string, string] | undefined {
  const note = factNote(fact, script);
  if (note === undefined) return undefined;
  // A tab stop only where the note tells a keyboard reader something the words do not
  // (一萬元 → 10,000 元, 除夕 → 2020年1月24日); 口罩100個 → 100 個 would cost a stop for nothing.
  // Screen readers read the note in place either way.
  const informative = fact.kind === 'date' || !fact.text[script].includes(String(fact.value));
  const tab = focusable && informative ? ' tabindex="0"' : '';
  const after = `<span class="visually-hidden">（${escapeHtml(note)}）</span>`;
  if (fact.kind === 'date') {
    return [
      `<time class="fact fact-date" datetime="${escapeHtml(fact.date)}"${tab}>`,
      `</time>${after}`,
    ];
  }
  return [
    `<data class="fact fact-${fact.kind}" value="${fact.value ?? ''}"${tab}>`,
    `</data>${after}`,
  ];
}

/**
 * Gaps (atom indexes to insert before) that enclose characters `start`…`end - 1` with
 * balanced nesting, or a reason when a boundary cuts through an element (a place link).
 */
function gaps(
  parsed: Parsed,
  start: number,
  end: number,
): { open: number; close: number; insideLink: boolean } | string {
  const first = parsed.chars[start];
  const last = parsed.chars[end - 1];
  if (!first || !last) return 'its words are not in the rendered paragraph';
  let common = 0;
  while (
    common < first.path.length &&
    common < last.path.length &&
    first.path[common] === last.path[common]
  )
    common++;
  let open = first.atom;
  let close = last.atom + 1;
  const startInside = parsed.elements[first.path[common] ?? -1];
  if (startInside) {
    if (startInside.first !== start) return `it starts inside a <${startInside.name}> element`;
    open = startInside.open;
  }
  const endInside = parsed.elements[last.path[common] ?? -1];
  if (endInside) {
    if (endInside.last !== end - 1) return `it ends inside a <${endInside.name}> element`;
    close = endInside.close + 1;
  }
  const insideLink = first.path.slice(0, common).some((id) => parsed.elements[id]?.name === 'a');
  return { open, close, insideLink };
}

/**
 * Wraps `facts` (spans in the chapter's paragraphs) in `html`, the chapter rendered in
 * `script`. Facts that cannot be wrapped without breaking the nesting are left unwrapped
 * and returned as problems; the text is never changed.
 */
export function wrapFacts(
  html: string,
  facts: readonly Fact[],
  script: Script,
): { html: string; problems: WrapProblem[] } {
  const problems: WrapProblem[] = [];
  let paragraph = -1;
  const out = html.replace(/<p>([\s\S]*?)<\/p>/g, (whole, inner: string) => {
    paragraph += 1;
    const here = facts.filter((f) => f.span.paragraph === paragraph);
    if (here.length === 0) return whole;
    const parsed = parse(inner);
    const before = new Map<number, { closes: string[]; opens: string[] }>();
    const at = (gap: number) => {
      const entry = before.get(gap) ?? { closes: [], opens: [] };
      before.set(gap, entry);
      return entry;
    };
    // Marked gaps so far: a fact overlapping one would need interleaved tags.
    const marked: [number, number][] = [];
    for (const fact of here) {
      const span = findSpan(parsed.text, fact, script);
      let place = span
        ? gaps(parsed, span[0], span[1])
        : 'its words are not in the rendered paragraph';
      if (typeof place !== 'string') {
        const { open, close } = place;
        if (marked.some(([o, c]) => open < c && o < close)) place = 'it overlaps another fact';
        else marked.push([open, close]);
      }
      if (typeof place === 'string') {
        problems.push({
          fact,
          message: `quote '${fact.text.hant}' cannot be marked in the ${script === 'hant' ? 'Traditional' : 'Simplified'} page: ${place}`,
          hint: 'quote whole place names or none of their characters, and words no other fact quotes',
        });
        continue;
      }
      const tags = markup(fact, script, !place.insideLink);
      if (!tags) continue;
      at(place.open).opens.push(tags[0]);
      at(place.close).closes.unshift(tags[1]);
    }
    let result = '';
    parsed.atoms.forEach((atom, i) => {
      const entry = before.get(i);
      if (entry) result += entry.closes.join('') + entry.opens.join('');
      result += atom;
    });
    const tail = before.get(parsed.atoms.length);
    if (tail) result += tail.closes.join('') + tail.opens.join('');
    return `<p>${result}</p>`;
  });
  return { html: out, problems };
}
