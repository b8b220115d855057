import type { Plugin, ResolvedConfig } from 'vite';
import type { Script, Story } from '../../shared/model.ts';
import type { GeoLayers } from '../../shared/geo-schema.ts';
import {
  chapterFigureHtml,
  figurePath,
  insertStaticMaps,
  mapPictureHtml,
  svgSize,
} from '../render/map-figures.ts';
import { figureSize, panePicture, staticMapsFor } from '../render/static-maps.ts';
import { loadGeoData } from './load-geo.ts';
import path from 'node:path';

/** What the story plugin (story-plugin.ts) shares with other plugins. */
export interface StoryPluginApi {
  /** The story model of this build, or undefined when content has problems. */
  story(): Promise<Story | undefined>;
}

interface Rendered {
  story: Story;
  /** File path under the base (maps/<id>.<script>.svg) → SVG text. */
  files: Map<string, string>;
  picture: string;
}

const scripts: readonly Script[] = ['hant', 'hans'];

/**
 * The build-time static maps (src/build/render/static-map.ts) in the site: writes every
 * chapter's figure in both scripts to `maps/` (the dev server serves them), inlines the
 * opening chapter's picture in the map pane and a figure after each chapter's text.
 */
export function staticMapsPlugin(): Plugin {
  let config: ResolvedConfig;
  let storyApi: StoryPluginApi | undefined;
  let cache: { story: Story; rendered: Promise<Rendered> } | undefined;

  async function render(): Promise<Rendered | undefined> {
    const story = await storyApi?.story();
    if (!story) return undefined;
    // The story plugin builds a new model when content or geo changes: draw again then.
    if (cache?.story !== story) {
      const rendered = (async (): Promise<Rendered> => {
        const geo: GeoLayers = await loadGeoData(path.join(config.root, 'geo'));
        const files = new Map<string, string>();
        for (const script of scripts) {
          const maps = staticMapsFor(story, geo, { script, size: figureSize });
          for (const [id, svg] of Object.entries(maps)) files.set(figurePath(id, script), svg);
        }
        return { story, files, picture: panePicture(story, geo, 'hant') };
      })();
      cache = { story, rendered };
    }
    return cache.rendered;
  }

  return {
    name: 'luquan-static-maps',
    configResolved(resolved) {
      config = resolved;
      const storyPlugin = resolved.plugins.find((p) => p.name === 'luquan-story');
      storyApi = storyPlugin?.api as StoryPluginApi | undefined;
      if (!storyApi) throw new Error('staticMapsPlugin needs storyPlugin() before it');
    },
    async generateBundle() {
      const rendered = await render();
      if (!rendered) return;
      for (const [fileName, source] of rendered.files) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    transformIndexHtml: {
      // After Vite's own HTML processing, which would try to bundle the figures' URLs.
      order: 'post',
      async handler(html) {
        const rendered = await render();
        if (!rendered) return html;
        const figures = new Map(
          rendered.story.chapters.map((chapter) => {
            const svg = rendered.files.get(figurePath(chapter.id, 'hant')) ?? '';
            return [chapter.id, chapterFigureHtml(chapter, 'hant', config.base, svgSize(svg))];
          }),
        );
        return insertStaticMaps(html, mapPictureHtml(rendered.picture), figures);
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith(config.base)) return next();
        void render()
          .then((rendered) => {
            const svg = rendered?.files.get(url.slice(config.base.length));
            if (!svg) return next();
            res.setHeader('Content-Type', 'image/svg+xml');
            res.end(svg);
          })
          .catch(next);
      });
    },
  };
}
