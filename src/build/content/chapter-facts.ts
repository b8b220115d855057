/**
 * The two steps the chapter build calls: check a chapter's `facts:` against its body, and
 * mark the checked facts in its rendered HTML in both scripts.
 */
import type { YamlBlock } from './front-matter.ts';
import type { ContentIssue } from './issues.ts';
import type { Division as DivisionInfo } from '../../shared/geo-schema.ts';
import type { BodyBlock } from './markdown.ts';
import type { Bilingual } from '../../shared/model.ts';
import type { Fact } from '../../shared/facts.ts';
import { normalizeFacts } from './facts.ts';
import { wrapFacts } from './wrap-facts.ts';

/** What {@link chapterFacts} needs of a parsed chapter. */
export interface ChapterFactsInput {
  file: string;
  /** The raw `facts:` field (ChapterFields.facts), if the chapter has one. */
  facts?: { node: unknown; line: number };
  /** The chapter's front matter, for line numbers. */
  yaml?: YamlBlock;
  /** The body's blocks, or `undefined` when the body has problems of its own. */
  blocks?: readonly BodyBlock[];
  divisions: readonly DivisionInfo[];
}

/**
 * Checks a chapter's facts against its paragraphs. Skipped (no facts, no issues) when the
 * chapter has none, or when its body is broken and the quotes cannot be looked up yet.
 */
export function chapterFacts(input: ChapterFactsInput): { facts: Fact[]; issues: ContentIssue[] } {
  if (!input.facts || !input.yaml || !input.blocks) return { facts: [], issues: [] };
  return normalizeFacts({
    file: input.file,
    node: input.facts.node,
    lineAt: input.yaml.lineAt,
    line: input.facts.line,
    paragraphs: input.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
    divisions: input.divisions,
  });
}

/** Marks `facts` in a chapter's HTML in both scripts; facts that cannot be marked are issues. */
export function markFacts(
  html: Bilingual,
  facts: readonly Fact[],
): { html: Bilingual; issues: ContentIssue[] } {
  if (facts.length === 0) return { html, issues: [] };
  const hant = wrapFacts(html.hant, facts, 'hant');
  const hans = wrapFacts(html.hans, facts, 'hans');
  const issues = [...hant.problems, ...hans.problems].map((p) => ({
    file: p.fact.source.file,
    line: p.fact.source.line,
    message: p.message,
    hint: p.hint,
  }));
  return { html: { hant: hant.html, hans: hans.html }, issues };
}
