import { defineConfig } from 'vitest/config';
import { topojsonPlugin } from './src/build/node/topojson-plugin.ts';

// Unit tests sit beside the code; browser tests (tests/e2e) run under their own runner.
// The map data's `?topojson` imports resolve as in the dev server (to the GeoJSON's URL).
export default defineConfig({
  plugins: [topojsonPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'geo/scripts/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
