/**
 * Renders the township partition to /tmp/geo-preview.png (via an SVG and ImageMagick)
 * so a person can look at it. Not part of the build; the PNG is not committed.
 *
 *   npx tsx geo/scripts/preview.ts [out.png] [--context]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { GEO_FILE_NAMES } from '../../src/shared/geo-schema.ts';
import { GEO_DIR } from './build-geo.ts';
import { SourceError } from './lib/errors.ts';

const PALETTE = [
  '#8dd3c7',
  '#ffffb3',
  '#bebada',
  '#fb8072',
  '#80b1d3',
  '#fdb462',
  '#b3de69',
  '#fccde5',
  '#d9d9d9',
  '#bc80bd',
  '#ccebc5',
  '#ffed6f',
];

function load(name: string): FeatureCollection {
  return JSON.parse(readFileSync(join(GEO_DIR, name), 'utf8')) as FeatureCollection;
}

function main(out: string, wide: boolean): void {
  const townships = load(GEO_FILE_NAMES.townships);
  const places = load(GEO_FILE_NAMES.places);
  const context = load(GEO_FILE_NAMES.context);
  const contextPath = `geo/${GEO_FILE_NAMES.context}`;
  const district = context.features.find((f) => f.properties?.['kind'] === 'district');
  if (!district?.geometry || district.geometry.type !== 'Polygon') {
    throw new SourceError(
      contextPath,
      undefined,
      'no Polygon of kind "district" — run npm run geo',
    );
  }
  // --context frames the whole prefecture (to look at the neighbours at zoom 8–11).
  const frame = wide
    ? context.features.find((f) => f.properties?.['kind'] === 'prefecture')
    : district;
  if (frame?.geometry?.type !== 'Polygon') {
    throw new SourceError(contextPath, undefined, 'no Polygon of kind "prefecture" to frame');
  }
  const ring = frame.geometry.coordinates[0] ?? [];
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const size = 1000;
  const pad = 0.02;
  const scale = size / Math.max((e - w) * k + 2 * pad, n - s + 2 * pad);
  const width = Math.round(((e - w) * k + 2 * pad) * scale);
  const height = Math.round((n - s + 2 * pad) * scale);
  const px = (p: Position) =>
    `${(((p[0] ?? 0) - w) * k + pad) * scale},${(n - (p[1] ?? 0) + pad) * scale}`;
  const path = (g: Geometry): string => {
    const polys =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    return polys.map((poly) => poly.map((r) => `M${r.map(px).join('L')}Z`).join('')).join('');
  };
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#f4f1ea"/>`);
  for (const f of context.features) {
    if (
      f.geometry &&
      (f.properties?.['kind'] === 'county' || f.properties?.['kind'] === 'prefecture')
    ) {
      parts.push(`<path d="${path(f.geometry)}" fill="#e8e4da" stroke="#999" stroke-width="1"/>`);
    }
  }
  townships.features.forEach((f, i) => {
    if (!f.geometry) return;
    parts.push(
      `<path d="${path(f.geometry)}" fill="${PALETTE[i % PALETTE.length]}" stroke="#555" stroke-width="1.2" fill-rule="evenodd"/>`,
    );
  });
  parts.push(`<path d="${path(district.geometry)}" fill="none" stroke="#222" stroke-width="3"/>`);
  for (const f of places.features) {
    if (f.geometry?.type !== 'Point') continue;
    const [x, y] = px(f.geometry.coordinates).split(',');
    const kind = f.properties?.['kind'];
    const r = kind === 'township-seat' ? 6 : kind === 'district-seat' ? 8 : 3;
    const fill = kind === 'township-seat' ? '#c00' : kind === 'district-seat' ? '#000' : '#333';
    parts.push(
      `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" stroke="#fff" stroke-width="1"/>`,
    );
  }
  for (const f of townships.features) {
    const label = f.properties?.['label'] as Position | null;
    if (!label || wide) continue;
    const [x, y] = px(label).split(',');
    const text = `${f.properties?.['name_hant']} ${f.properties?.['area_km2']} km²`;
    // Halo first, then the fill: ImageMagick's SVG renderer ignores paint-order.
    const attrs = `x="${x}" y="${y}" font-size="20" text-anchor="middle"`;
    parts.push(`<text ${attrs} fill="#fff" stroke="#fff" stroke-width="5">${text}</text>`);
    parts.push(`<text ${attrs} fill="#111">${text}</text>`);
  }
  const none = townships.features.filter((f) => f.properties?.['boundary'] === 'none');
  parts.push(
    `<text x="10" y="${height - 12}" font-size="18">boundary "none": ${none.map((f) => f.properties?.['name_hant']).join(', ')}</text>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Sans CJK SC">${parts.join('\n')}</svg>\n`;
  const svgPath = out.replace(/\.png$/, '.svg');
  writeFileSync(svgPath, svg);
  execFileSync('/usr/bin/convert', ['-font', 'Noto-Sans-CJK-SC', svgPath, out]);
  console.log(`wrote ${out} (${width}×${height})`);
}

const args = process.argv.slice(2);
main(args.find((a) => !a.startsWith('--')) ?? '/tmp/geo-preview.png', args.includes('--context'));
