/**
 * Writes every chapter's static SVG map to a folder and prints their sizes (raw, gzip):
 * `npx tsx scripts/static-maps.ts [out-dir]` (default tmp/static-maps). A development aid:
 * the build emits the same files (maps/<id>.<script>.svg in dist/).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadStory } from '../src/build/node/load-story.ts';
import { figureSize, staticMapsFor } from '../src/build/render/static-maps.ts';
import { GEO_FILE_NAMES, type GeoLayers } from '../src/shared/geo-schema.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'tmp/static-maps'));
const { story, issues } = await loadStory(root);
if (!story) throw new Error(`content has ${issues.length} problems: run npm run check`);
const read = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(root, 'geo', name), 'utf8'));
const geo = {
  townships: await read(GEO_FILE_NAMES.townships),
  places: await read(GEO_FILE_NAMES.places),
  context: await read(GEO_FILE_NAMES.context),
} as GeoLayers;

await mkdir(out, { recursive: true });
let raw = 0;
let zipped = 0;
for (const script of ['hant', 'hans'] as const) {
  const maps = staticMapsFor(story, geo, { script, size: figureSize });
  for (const [id, svg] of Object.entries(maps)) {
    await writeFile(path.join(out, `${id}.${script}.svg`), svg);
    const gz = gzipSync(svg).length;
    if (script === 'hant') {
      raw += Buffer.byteLength(svg);
      zipped += gz;
      console.log(
        `${id.padEnd(24)} ${String(Buffer.byteLength(svg)).padStart(6)} ${String(gz).padStart(6)}`,
      );
    }
  }
}
console.log(
  `${'total (hant)'.padEnd(24)} ${String(raw).padStart(6)} ${String(zipped).padStart(6)}`,
);
