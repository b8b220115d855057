import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { loadStory } from '../../src/build/load-story.ts';
import type { Story } from '../../src/story/model.ts';
import { launchBrowser } from './browser.ts';
import { startPreview } from './server.ts';

/** What a browser test file works with: the story model, the served site and a browser. */
export interface StoryTestContext {
  story: Story;
  origin: string;
  browser: Browser;
}

/**
 * Build the story model (for expectations), serve dist/ and launch Chromium once per
 * test file; everything is closed after the file's tests.
 */
export function useStorySite(): StoryTestContext {
  const context = {} as StoryTestContext;
  let server: PreviewServer | undefined;
  beforeAll(async () => {
    const loaded = await loadStory(path.resolve(import.meta.dirname, '../..'));
    if (!loaded.story)
      throw new Error(`content has ${loaded.issues.length} problems: run npm run check`);
    context.story = loaded.story;
    const preview = await startPreview();
    server = preview.server;
    context.origin = preview.origin;
    context.browser = await launchBrowser();
  });
  afterAll(async () => {
    await context.browser?.close();
    await server?.close();
  });
  return context;
}
