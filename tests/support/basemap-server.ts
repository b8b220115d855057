import { createServer, type ServerResponse, type Server } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';
import { TileType } from 'pmtiles';
import { pmtilesArchive } from './pmtiles-archive.ts';

/**
 * A stand-in basemap host for the browser tests: a second HTTP server on 127.0.0.1 (another
 * port, so another origin than the page's) serving a small MapLibre style, its GeoJSON, one
 * raster tile image and a one-tile PMTiles archive (by byte range), with the CORS headers a
 * real tile host sends. It records every
 * request, and can be switched to serve a broken style.
 */
export interface BasemapServer {
  origin: string;
  styleUrl: string;
  /** Paths asked for, in order. */
  requests: string[];
  /** `garbage`: style.json answers 200 with text that is not JSON. */
  mode: 'ok' | 'garbage';
  close(): Promise<void>;
}

export const testArchiveAttribution = 'Test archive';

/** The line layer the test looks for (the style's ids; the page prefixes them `basemap:`). */
export const testRoadsLayer = 'test-roads';
export const testAttribution = 'Test roads © basemap test server';

/** Roads crossing Luquan (about 114.0–114.4 E, 37.9–38.2 N) both ways, and beyond it. */
const roads = {
  type: 'FeatureCollection',
  features: [
    [
      [113.6, 38.05],
      [114.9, 38.08],
    ],
    [
      [114.28, 37.6],
      [114.3, 38.5],
    ],
    [
      [113.9, 37.8],
      [114.6, 38.3],
    ],
  ].map((coordinates) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates },
  })),
};

/** The style: raster tiles by URL template, a raster PMTiles archive, GeoJSON lines. */
const styleAt = (origin: string) => ({
  version: 8,
  sources: {
    terrain: {
      type: 'raster',
      tiles: ['tiles/{z}/{x}/{y}.png'],
      tileSize: 256,
      maxzoom: 6,
      attribution: 'Test terrain',
    },
    roads: { type: 'geojson', data: 'roads.geojson', attribution: testAttribution },
    // The pmtiles protocol needs an absolute URL; its attribution comes from the metadata.
    fields: { type: 'raster', url: `pmtiles://${origin}/fields.pmtiles`, tileSize: 256 },
  },
  layers: [
    { id: 'test-paper', type: 'background', paint: { 'background-color': '#e8efe0' } },
    { id: 'test-terrain', type: 'raster', source: 'terrain', paint: { 'raster-opacity': 0.6 } },
    { id: 'test-fields', type: 'raster', source: 'fields', paint: { 'raster-opacity': 0.3 } },
    {
      id: testRoadsLayer,
      type: 'line',
      source: 'roads',
      paint: { 'line-color': '#3a6ea5', 'line-width': 3 },
    },
  ],
});

/** Answers a byte range (`Range: bytes=a-b`, as PMTiles readers ask), else the whole file. */
function sendRange(range: string | undefined, body: Uint8Array, response: ServerResponse): void {
  response.setHeader('Accept-Ranges', 'bytes');
  const match = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
  if (!match) {
    response.end(body);
    return;
  }
  const start = Number(match[1]);
  const end = Math.min(Number(match[2]), body.length - 1);
  response.statusCode = 206;
  response.setHeader('Content-Range', `bytes ${start}-${end}/${body.length}`);
  response.end(body.subarray(start, end + 1));
}

/** A 256×256 PNG of one colour (the tile every raster request gets). */
function solidPng(rgb: [number, number, number]): Buffer {
  const size = 256;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3)]);
  for (let x = 0; x < size; x++) row.set(rgb, 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Start the stand-in basemap host on a free loopback port. */
export async function startBasemapServer(): Promise<BasemapServer> {
  const tile = solidPng([214, 226, 200]);
  // One world tile at zoom 0: MapLibre overzooms it for every view of the story.
  const archive = pmtilesArchive(
    [{ z: 0, x: 0, y: 0, data: solidPng([190, 214, 160]) }],
    TileType.Png,
    {
      attribution: testArchiveAttribution,
    },
  );
  const requests: string[] = [];
  const state = { mode: 'ok' as BasemapServer['mode'] };
  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Headers', 'range');
      response.end();
      return;
    }
    if (path === '/style.json') {
      response.setHeader('Content-Type', 'application/json');
      response.end(
        state.mode === 'garbage' ? 'this is no style {' : JSON.stringify(styleAt(origin)),
      );
    } else if (path === '/roads.geojson') {
      response.setHeader('Content-Type', 'application/geo+json');
      response.end(JSON.stringify(roads));
    } else if (path === '/fields.pmtiles') {
      sendRange(request.headers.range, archive, response);
    } else if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path)) {
      response.setHeader('Content-Type', 'image/png');
      response.end(tile);
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('basemap server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    styleUrl: `${origin}/style.json`,
    requests,
    get mode() {
      return state.mode;
    },
    set mode(mode) {
      state.mode = mode;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
