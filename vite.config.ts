import { defineConfig } from 'vite';
import { storyPlugin } from './src/build/node/story-plugin.ts';

export default defineConfig({
  plugins: [storyPlugin()],
  build: {
    target: 'es2022',
    // The map library is one large chunk by nature; the budget is checked by a test instead.
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
