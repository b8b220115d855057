import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatIssue } from '../content/issues.ts';
import { escapeHtml } from '../../shared/html.ts';
import { storyPageParts } from '../render/page.ts';
import { pageStory, scriptText } from '../render/page-story.ts';
import type { Script, Story } from '../../shared/model.ts';
import { loadStory } from './load-story.ts';
import type { StoryPluginApi } from './static-maps-plugin.ts';

const virtualId = 'virtual:story';
const resolvedVirtualId = '\0virtual:story';
/** `virtual:story-text/hant` and `/hans`: one script's words, a chunk of their own. */
const textPrefix = 'virtual:story-text/';
const textScripts: readonly Script[] = ['hant', 'hans'];
const isScript = (s: string): s is Script => (textScripts as readonly string[]).includes(s);
const tokenPattern = /\{\{([a-zA-Z:]+)\}\}/g;

interface Loaded {
  story?: Story;
  problems: string[];
  files: string[];
}

/**
 * Builds the story model from content/ and geo/ once per build (and on every change in
 * dev), serves it as `virtual:story`, and writes the article into index.html so the text
 * is in the page before any script runs. Content problems fail `vite build` with every
 * message at once, and show as the dev server's error overlay.
 */
export function storyPlugin(): Plugin {
  let root = process.cwd();
  let isBuild = false;
  let loaded: Loaded | undefined;

  async function reload(): Promise<Loaded> {
    const result = await loadStory(root);
    loaded = {
      story: result.story,
      problems: result.issues.map(formatIssue),
      files: result.files.map((f) => path.resolve(root, f)),
    };
    return loaded;
  }

  function problemReport(problems: readonly string[]): string {
    return `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/:\n${problems.join('\n')}`;
  }

  const api: StoryPluginApi = { story: async () => (loaded ?? (await reload())).story };
  return {
    name: 'luquan-story',
    api,
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    async buildStart() {
      const { problems, files } = await reload();
      for (const file of files) this.addWatchFile(file);
      if (isBuild && problems.length > 0) this.error(problemReport(problems));
    },
    resolveId(id) {
      if (id === virtualId) return resolvedVirtualId;
      if (id.startsWith(textPrefix) && isScript(id.slice(textPrefix.length))) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      const textScript = id.startsWith(`\0${textPrefix}`) ? id.slice(textPrefix.length + 1) : '';
      if (id !== resolvedVirtualId && !isScript(textScript)) return undefined;
      const { story, problems } = loaded ?? (await reload());
      if (!story) throw new Error(problemReport(problems));
      // The bundle carries the map's state; the words come per script (render/page-story.ts).
      const data = isScript(textScript) ? scriptText(story, textScript) : pageStory(story);
      return `export default ${JSON.stringify(data)};`;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { story, problems } = loaded ?? (await reload());
        if (!story) return problemPage(problems);
        const parts = storyPageParts(story);
        const filled = html.replace(tokenPattern, (_match, key: string) => {
          const value = parts[key];
          if (value === undefined) throw new Error(`index.html: unknown placeholder {{${key}}}`);
          return value;
        });
        return filled;
      },
    },
    configureServer(server: ViteDevServer) {
      const watched = [path.join(root, 'content'), path.join(root, 'geo')];
      server.watcher.add(watched);
      // Saves can come in bursts: rebuild one at a time, so the last save is the one shown.
      let queue = Promise.resolve();
      const onChange = (file: string) => {
        if (!watched.some((dir) => file.startsWith(dir))) return;
        queue = queue
          .then(async () => {
            await reload();
            for (const id of [
              resolvedVirtualId,
              ...textScripts.map((s) => `\0${textPrefix}${s}`),
            ]) {
              const module = server.moduleGraph.getModuleById(id);
              if (module) server.moduleGraph.invalidateModule(module);
            }
            server.ws.send({ type: 'full-reload' });
          })
          .catch((error: unknown) => server.config.logger.error(String(error)));
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

/** What the dev server shows instead of the story when content has problems. */
function problemPage(problems: readonly string[]): string {
  const items = problems.map((p) => `<li><code>${escapeHtml(p)}</code></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content problems</title></head>
<body style="font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.5">
<h1>The story cannot be built: ${problems.length} problem${problems.length === 1 ? '' : 's'} in content/</h1>
<p>Fix each line below (file:line: what is wrong — what to do); the page reloads by itself.</p>
<ol>${items}</ol></body></html>`;
}
