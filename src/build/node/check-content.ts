/**
 * `npm run check`: validates content/ against geo/ and prints every problem as
 * `file:line: what is wrong — what to do`. Exit 0 when clean, 1 on content problems,
 * 2 on an internal error (never a stack trace).
 *
 * Usage: tsx src/build/node/check-content.ts [root] [--content <dir>] [--geo <dir>]
 * (`--content`/`--geo` are relative to the root, default `content` and `geo`).
 */
import { formatIssue } from '../content/issues.ts';
import { loadStory } from './load-story.ts';
import type { LoadStoryOptions } from './load-story.ts';

function parseArgs(argv: readonly string[]): { root: string; options: LoadStoryOptions } {
  let root = '.';
  const options: LoadStoryOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--content') options.contentDir = argv[++i];
    else if (arg === '--geo') options.geoDir = argv[++i];
    else if (arg !== undefined) root = arg;
  }
  return { root, options };
}

async function main(): Promise<number> {
  const { root, options } = parseArgs(process.argv.slice(2));
  const { story, issues } = await loadStory(root, options);
  if (issues.length > 0 || !story) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`${issues.length} problem${issues.length === 1 ? '' : 's'} in content/`);
    return 1;
  }
  console.log(
    `content OK: ${story.chapters.length} chapters, ${Object.keys(story.places).length} places`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `check-content: internal error: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 2;
  },
);
