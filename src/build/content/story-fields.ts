import { splitFrontMatter } from './front-matter.ts';
import type { YamlBlock } from './front-matter.ts';
import type { ContentIssue, SourceFile } from './issues.ts';
import { eachField, FieldIssues, requireMapping, textField } from './yaml-fields.ts';

/** The story's front matter (content/story.md), normalised. Fields in error are absent. */
export interface StoryFields {
  title?: string;
  publisher?: string;
  date?: string;
  byline?: string;
  url?: string;
}

/** Keys story.md may have. */
const STORY_KEYS = ['title', 'publisher', 'date', 'byline', 'url'] as const;

/** Normalises story.md's front matter. Missing required fields are reported at line 1. @internal */
export function normalizeStory(
  block: YamlBlock,
  file: string,
): { fields: StoryFields; issues: ContentIssue[] } {
  const c = new FieldIssues(file, block);
  const fields: StoryFields = {};
  if (!requireMapping(c)) return { fields, issues: c.issues };
  eachField(c, block.doc.contents, STORY_KEYS, 'story', (key, value, pair) => {
    const v = textField(c, value, pair, key);
    if (v === undefined) return;
    if (key === 'date' && !/^\d{4}-\d{2}(-\d{2})?$/.test(v)) {
      c.add(
        value,
        `date '${v}' is not YYYY-MM or YYYY-MM-DD`,
        'write the publication date as precisely as known, e.g. 2020-02',
      );
      return;
    }
    if (key === 'url' && !/^https?:\/\//.test(v)) {
      c.add(
        value,
        `url '${v}' is not an http(s) address`,
        'write the full address, starting with https://',
      );
      return;
    }
    fields[key as keyof StoryFields] = v;
  });
  for (const key of ['title', 'publisher', 'date'] as const) {
    if (!block.doc.has(key))
      c.issues.push({
        file,
        line: 1,
        message: `missing ${key}`,
        hint: `add '${key}: …' to the front matter`,
      });
  }
  return { fields, issues: c.issues };
}

/** Reads content/story.md: front matter only, no body text. */
export function parseStoryFile(file: SourceFile): { fields: StoryFields; issues: ContentIssue[] } {
  const split = splitFrontMatter(file);
  if (!split.yaml) return { fields: {}, issues: split.issues };
  const { fields, issues } = normalizeStory(split.yaml, file.path);
  if (split.body.trim() !== '') {
    const offset = split.body.split(/\r?\n/).findIndex((l) => l.trim() !== '');
    issues.push({
      file: file.path,
      line: split.bodyLine + Math.max(offset, 0),
      message: 'story.md has text after its front matter',
      hint: 'story.md holds front matter only: move the text into a chapter',
    });
  }
  return { fields, issues: [...split.issues, ...issues] };
}
