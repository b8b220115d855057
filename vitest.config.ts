import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code; browser tests (tests/e2e) run under their own runner.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'geo/scripts/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
