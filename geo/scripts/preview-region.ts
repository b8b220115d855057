/**
 * Renders geo/region-*.geojson over Luquan's outline to PNGs (via SVG and headless Chromium) so a
 * person can check it: /tmp/region-wide.png (all provinces, Shijiazhuang and Wuhan) and
 * /tmp/region-hebei.png (Hebei at about zoom 7: borders drawn once?) and
 * /tmp/region-district.png (river and reservoir around Luquan). Not part of the build.
 *
 *   npx tsx geo/scripts/preview-region.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { GEO_DIR } from './build-geo.ts';
import type { Box } from './lib/region-extent.ts';

const load = (name: string): FeatureCollection =>
  JSON.parse(readFileSync(join(GEO_DIR, name), 'utf8')) as FeatureCollection;

function render(out: string, box: Box, size: number, showLabels: 'province' | 'water'): void {
  const region: FeatureCollection = {
    type: 'FeatureCollection',
    features: ['region-provinces.geojson', 'region-water.geojson'].flatMap(
      (name) => load(name).features,
    ),
  };
  const context = load('context.geojson');
  const [w, s, e, n] = box;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const scale = size / Math.max((e - w) * k, n - s);
  const width = Math.round((e - w) * k * scale);
  const height = Math.round((n - s) * scale);
  const px = (p: Position): string =>
    `${(((p[0] ?? 0) - w) * k * scale).toFixed(1)},${((n - (p[1] ?? 0)) * scale).toFixed(1)}`;
  const path = (g: Geometry): string => {
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      return polys.map((poly) => poly.map((r) => `M${r.map(px).join('L')}Z`).join('')).join('');
    }
    if (g.type === 'LineString') return `M${g.coordinates.map(px).join('L')}`;
    if (g.type === 'MultiLineString')
      return g.coordinates.map((l) => `M${l.map(px).join('L')}`).join('');
    return '';
  };
  const kind = (f: Feature): unknown => f.properties?.['kind'];
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#fbfaf6"/>`];
  region.features.forEach((f, i) => {
    if (kind(f) !== 'province' || !f.geometry) return;
    const fill = f.id === '130000' ? '#f1e3c6' : ['#eceae2', '#e4e7e0', '#e9e4ea'][i % 3];
    parts.push(`<path d="${path(f.geometry)}" fill="${fill}" stroke="none"/>`);
  });
  for (const f of region.features) {
    if (kind(f) === 'province-outline' && f.geometry) {
      parts.push(`<path d="${path(f.geometry)}" fill="none" stroke="#777" stroke-width="1.2"/>`);
    }
  }
  for (const f of context.features) {
    if (!f.geometry) continue;
    if (kind(f) === 'district' || (showLabels === 'water' && kind(f) === 'county')) {
      const strong = kind(f) === 'district';
      parts.push(
        `<path d="${path(f.geometry)}" fill="${strong ? '#e8d9b0' : 'none'}" fill-opacity="0.6" stroke="${strong ? '#222' : '#aaa'}" stroke-width="${strong ? 2 : 1}"/>`,
      );
    }
  }
  for (const f of region.features) {
    if (!f.geometry) continue;
    if (kind(f) === 'reservoir')
      parts.push(`<path d="${path(f.geometry)}" fill="#7fb2e5" stroke="#3a78b5"/>`);
    if (kind(f) === 'river')
      parts.push(`<path d="${path(f.geometry)}" fill="none" stroke="#3a78b5" stroke-width="2"/>`);
  }
  const text = (p: Position, t: string, size: number, color = '#111'): void => {
    const [x, y] = px(p).split(',');
    const attrs = `x="${x}" y="${y}" font-size="${size}" text-anchor="middle"`;
    parts.push(`<text ${attrs} fill="#fff" stroke="#fff" stroke-width="4">${t}</text>`);
    parts.push(`<text ${attrs} fill="${color}">${t}</text>`);
  };
  for (const f of context.features) {
    if (kind(f) === 'city' && f.geometry?.type === 'Point') {
      const [x, y] = px(f.geometry.coordinates).split(',');
      parts.push(`<circle cx="${x}" cy="${y}" r="5" fill="#c00" stroke="#fff"/>`);
      text(f.geometry.coordinates, String(f.properties?.['name_hant']), 16, '#900');
    }
  }
  for (const f of region.features) {
    const label = f.properties?.['label'] as Position | undefined;
    if (!label) continue;
    if (showLabels === 'province' && kind(f) === 'province')
      text(label, String(f.properties?.['short_hant']), 15);
    if (showLabels === 'water' && kind(f) !== 'province')
      text(label, String(f.properties?.['name_hant']), 18, '#1d4f86');
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Sans CJK SC">${parts.join('\n')}</svg>\n`;
  const svgPath = out.replace(/\.png$/, '.svg');
  writeFileSync(svgPath, svg);
  // Debian's ImageMagick here has no SVG reader; headless Chromium draws it instead.
  execFileSync(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--window-size=${width},${height}`,
      `--screenshot=${out}`,
      `file://${svgPath}`,
    ],
    { stdio: 'ignore' },
  );
  console.log(`wrote ${out} (${width}×${height})`);
}

render('/tmp/region-wide.png', [107.5, 27.5, 123.5, 43.5], 1000, 'province');
render('/tmp/region-hebei.png', [112.5, 35.5, 118, 40.5], 1000, 'province');
render('/tmp/region-district.png', [113.85, 37.85, 114.75, 38.45], 1000, 'water');
