/**
 * Re-extracts the regional context sources from the Debian GMT data packages:
 *
 *   apt-get install -y gmt gmt-dcw gmt-gshhg-high gmt-gshhg-full
 *   npx tsx geo/scripts/extract-region-sources.ts
 *
 * writes geo/sources/provinces.dcw.geojson, geo/sources/foreign-outlines.dcw.geojson and
 * geo/sources/hydro.gshhg.geojson (WGS84). Not part of `npm run geo` or the build: the
 * outputs are committed, so nobody needs GMT to build the site. Every command run is
 * printed, and geo/sources/REGION.md records them with the package versions.
 *
 * Changes to the data as received (all recorded in REGION.md): polygons are thinned with
 * `gmt simplify` at 100 m (DCW-GMT's coasts are pixel staircases of ~30 m steps, far below
 * the 1:1 000 000 source's accuracy), clipped to the region box, parts under 4 km² are
 * dropped, and vertices are rounded to 5 decimals (~1 m).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import rewind from '@turf/rewind';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { GEO_DIR } from './build-geo.ts';
import {
  DCW_PROVINCES,
  FOREIGN_CHECK_BOX,
  FOREIGN_COUNTRIES,
  HYDRO_BOX,
  REGION_BOX,
  type Box,
} from './lib/region-extent.ts';

const THIN = '100e'; // gmt simplify tolerance: 100 m
const MIN_PART_KM2 = 4;
const SCRATCH = mkdtempSync(join(tmpdir(), 'gmt-'));

function gmt(args: string[], input?: string): string {
  console.log(`$ gmt ${args.join(' ')}${input === undefined ? '' : ' < (previous output)'}`);
  // GMT writes gmt.history into its working directory: run it in a scratch folder.
  return execFileSync('gmt', args, {
    cwd: SCRATCH,
    encoding: 'utf8',
    input,
    maxBuffer: 1 << 28,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** One segment of GMT's ASCII multi-segment output: its header and vertices. */
interface Segment {
  header: string;
  points: Position[];
}

function parseSegments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) out.push({ header: line.slice(1).trim(), points: [] });
    else if (line.trim() !== '') {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      // gmt simplify drops the header of a single-segment input.
      if (out.length === 0) out.push({ header: '', points: [] });
      out[out.length - 1]?.points.push([x ?? NaN, y ?? NaN]);
    }
  }
  return out;
}

const r5 = (v: number): number => Math.round(v * 1e5) / 1e5;
const roundRing = (ring: Position[]): Position[] =>
  ring
    .map((p) => [r5(p[0] ?? NaN), r5(p[1] ?? NaN)])
    .filter((p, i, a) => i === 0 || p[0] !== a[i - 1]?.[0] || p[1] !== a[i - 1]?.[1]);

function closed(points: Position[]): Position[] {
  const [first] = points;
  const last = points[points.length - 1];
  if (!first || !last) return points;
  return first[0] === last[0] && first[1] === last[1] ? points : [...points, first];
}

const boxPolygon = ([w, s, e, n]: Box): Feature<Polygon> =>
  polygon([
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ]);

/**
 * DCW segments carry no hole flag: a ring inside another ring of the same feature is
 * taken as its hole, every other ring as an outer ring.
 */
function ringsToMultiPolygon(rings: Position[][]): Position[][][] {
  const outers: Position[][][] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    const inside = rings.some(
      (other) =>
        other !== ring &&
        booleanPointInPolygon(ring[0] ?? [0, 0], polygon([other]), { ignoreBoundary: true }),
    );
    if (inside) holes.push(ring);
    else outers.push([ring]);
  }
  for (const hole of holes) {
    const owner = outers.find((poly) =>
      booleanPointInPolygon(hole[0] ?? [0, 0], polygon([poly[0] ?? []])),
    );
    owner?.push(hole);
  }
  return outers;
}

/** Clips to the box, drops parts under MIN_PART_KM2, rounds and rewinds (RFC 7946). */
function clipPolygons(polys: Position[][][], box: Box): Position[][][] {
  if (polys.length === 0) return [];
  const clipped = intersect(
    featureCollection<Polygon | MultiPolygon>([multiPolygon(polys), boxPolygon(box)]),
  );
  if (!clipped) return [];
  const parts =
    clipped.geometry.type === 'Polygon'
      ? [clipped.geometry.coordinates]
      : clipped.geometry.coordinates;
  return parts
    .map((poly) => poly.map(roundRing).filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0 && area(polygon(poly)) / 1e6 >= MIN_PART_KM2)
    .map((poly) => (rewind(polygon(poly)) as Feature<Polygon>).geometry.coordinates);
}

function dcwPolygons(code: string, box: Box): Position[][][] {
  const thinned = gmt(['simplify', `-T${THIN}`], gmt(['coast', `-E${code}`, '-M']));
  const rings = parseSegments(thinned)
    .map((s) => closed(s.points))
    .filter((r) => r.length >= 4);
  return clipPolygons(ringsToMultiPolygon(rings), box);
}

function geometryOf(polys: Position[][][]): Polygon | MultiPolygon {
  const [only] = polys;
  return polys.length === 1 && only
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polys };
}

function writeCollection(name: string, meta: Record<string, unknown>, features: Feature[]): void {
  const lines = features.map((f) => JSON.stringify(f));
  const head = JSON.stringify({ type: 'FeatureCollection', ...meta }).slice(0, -1);
  const text = `${head},"features":[\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(join(GEO_DIR, 'sources', name), text);
  console.log(`geo/sources/${name}: ${features.length} features, ${Buffer.byteLength(text)} B`);
}

function provinces(): void {
  const features: Feature[] = [];
  for (const [dcw, name] of DCW_PROVINCES) {
    const polys = dcwPolygons(dcw, REGION_BOX);
    if (polys.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { dcw, name },
      geometry: geometryOf(polys),
    });
  }
  writeCollection(
    'provinces.dcw.geojson',
    { source: 'gmt-dcw (DCW-GMT)', crs_label: 'WGS84', box: REGION_BOX },
    features,
  );
}

function foreignOutlines(): void {
  const features: Feature[] = [];
  for (const [dcw, name] of FOREIGN_COUNTRIES) {
    const polys = dcwPolygons(dcw, FOREIGN_CHECK_BOX);
    if (polys.length === 0) continue;
    features.push({ type: 'Feature', properties: { dcw, name }, geometry: geometryOf(polys) });
  }
  writeCollection(
    'foreign-outlines.dcw.geojson',
    {
      source: 'gmt-dcw (DCW-GMT)',
      crs_label: 'WGS84',
      box: FOREIGN_CHECK_BOX,
      purpose: 'check only, never drawn: no kept outline may come near these',
    },
    features,
  );
}

function hydro(): void {
  const [w, s, e, n] = HYDRO_BOX;
  const region = `-R${w}/${e}/${s}/${n}`;
  const features: Feature[] = [];
  // Lakes (GSHHG level 2) come cut at the bin edges; gmt connect rejoins them into rings.
  const lakes = gmt(['connect', '-T1e'], gmt(['coast', region, '-Df', '-W', '-M', '-A0/2/2']));
  parseSegments(lakes).forEach((seg) => {
    const ring = roundRing(closed(seg.points));
    const [first] = ring;
    const last = ring[ring.length - 1];
    if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
      throw new Error(`lake segment "${seg.header}" did not close`);
    }
    const geometry = (rewind(polygon([ring])) as Feature<Polygon>).geometry;
    features.push({ type: 'Feature', properties: { gshhg: 'lake', level: 2 }, geometry });
  });
  // Rivers stay as the pieces GSHHG stores (cut at bin edges): lib/region.ts joins them.
  parseSegments(gmt(['coast', region, '-Df', '-Ia', '-M'])).forEach((seg) => {
    const level = Number(/Level (\d+)/.exec(seg.header)?.[1] ?? NaN);
    const geometry: LineString = { type: 'LineString', coordinates: roundRing(seg.points) };
    features.push({ type: 'Feature', properties: { gshhg: 'river', level }, geometry });
  });
  writeCollection(
    'hydro.gshhg.geojson',
    { source: 'gmt-gshhg-full (GSHHG)', crs_label: 'WGS84', box: HYDRO_BOX },
    features,
  );
}

try {
  console.log(`gmt ${gmt(['--version']).trim()}`);
  provinces();
  foreignOutlines();
  hydro();
} finally {
  rmSync(SCRATCH, { recursive: true, force: true });
}
