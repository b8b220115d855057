import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site. Run after `vite build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
