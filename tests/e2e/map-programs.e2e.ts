import { describe, expect, it } from 'vitest';
import { scrollToChapter, waitForMapIdle } from '../support/browser.ts';
import { useStorySite } from './setup.ts';

const site = useStorySite();

declare global {
  interface Window {
    /** Test hook: GL programs linked so far (each is a shader compile). */
    __programsLinked?: number;
  }
}

describe('GL programs', () => {
  it('are all compiled once the map has come to rest: no chapter compiles one in its flight', async () => {
    // Count program links from the page's first script on (WebGL 1 and 2).
    const { page } = await site.open('desktop', {
      initScript: () => {
        window.__programsLinked = 0;
        for (const gl of [WebGLRenderingContext, WebGL2RenderingContext]) {
          const link = gl.prototype.linkProgram;
          gl.prototype.linkProgram = function (this: WebGLRenderingContext, program) {
            window.__programsLinked = (window.__programsLinked ?? 0) + 1;
            link.call(this, program);
          };
        }
      },
    });
    // The dashed outline's program is compiled after the first rest (story-map.ts).
    await page.waitForFunction(
      () => window.__map!.getLayoutProperty('township-active-line', 'visibility') === 'visible',
    );
    await page.waitForFunction(() => window.__map!.areTilesLoaded() && !window.__map!.isMoving());
    await waitForMapIdle(page);
    const atRest = await page.evaluate(() => window.__programsLinked ?? 0);
    expect(atRest).toBeGreaterThan(0);

    for (const chapter of site.story.chapters.slice(1)) {
      await scrollToChapter(page, chapter.id);
      await waitForMapIdle(page);
    }
    expect(await page.evaluate(() => window.__programsLinked)).toBe(atRest);
  });
});
