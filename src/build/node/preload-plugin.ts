import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Vite plugin: the built page asks for the code of each module in `modules` (a dynamic
 * import's target, e.g. the map) as soon as it loads, with `<link rel="modulepreload">`.
 * The import itself runs later (the map's after the text's first paint); the file is then
 * already here, without running any of it earlier. Build only: the dev server serves
 * modules on request.
 *
 * @param modules paths from the project root, as written in the import
 */
export function preloadPlugin(modules: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'luquan-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const tags: HtmlTagDescriptor[] = [];
        for (const module of modules) {
          const chunk = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(`/${module}`),
          );
          if (!chunk) throw new Error(`preloadPlugin: no chunk is built from ${module}`);
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
}
