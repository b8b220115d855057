import type { HtmlTagDescriptor, IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadPlugin } from './preload-plugin.ts';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/** A bundle with the page's entry and one chunk per `[file, module]`. */
function bundle(chunks: [string, string][]): Bundle {
  const entries = [['assets/index-1.js', '/repo/src/app/main.ts'], ...chunks];
  return Object.fromEntries(
    entries.map(([fileName, facadeModuleId]) => [
      fileName,
      { type: 'chunk', fileName, facadeModuleId },
    ]),
  ) as unknown as Bundle;
}

/** The tags the plugin adds to the built page, with the site's base. */
function tagsFor(modules: string[], chunks: Bundle, base = '/'): HtmlTagDescriptor[] {
  const plugin = preloadPlugin(modules);
  (plugin.configResolved as (c: ResolvedConfig) => void)({ base } as ResolvedConfig);
  const hook = plugin.transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => HtmlTagDescriptor[];
  };
  return hook.handler('', { path: '/index.html', filename: 'index.html', bundle: chunks });
}

describe('preloadPlugin', () => {
  const map: [string, string] = ['assets/story-map-2.js', '/repo/src/app/map/story-map.ts'];

  it('links the chunk built from each module for preloading, under the site’s base', () => {
    const [tag, ...rest] = tagsFor(['src/app/map/story-map.ts'], bundle([map]), '/story/');
    expect(rest).toEqual([]);
    expect(tag).toEqual({
      tag: 'link',
      attrs: { rel: 'modulepreload', crossorigin: true, href: '/story/assets/story-map-2.js' },
      injectTo: 'head',
    });
  });

  it('fails the build when no chunk is built from a module (a renamed file, a static import)', () => {
    expect(() => tagsFor(['src/app/map/story-map.ts'], bundle([]))).toThrow(
      'no chunk is built from src/app/map/story-map.ts',
    );
  });
});
