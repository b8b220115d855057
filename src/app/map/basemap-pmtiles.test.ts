import { PMTiles, TileType, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { pmtilesArchive } from '../../../tests/support/pmtiles-archive.ts';
import { archiveAdditions, archiveLayers, registerPmtiles } from './basemap-pmtiles.ts';

const url = 'https://tiles.example.test/area.pmtiles';

/** An archive in memory, read by byte ranges as the protocol reads one over HTTP. */
function memoryArchive(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => url,
    getBytes: async (offset, length) => ({
      data: bytes.slice(offset, offset + length).buffer,
    }),
  };
  return new PMTiles(source);
}

const tile = Uint8Array.from([137, 80, 78, 71, 1, 2, 3]);

describe('PMTiles basemap', () => {
  it('registers the pmtiles:// protocol once, and its handler serves tiles from the archive', async () => {
    const registered: [string, unknown][] = [];
    const addProtocol = (scheme: string, handler: unknown) =>
      void registered.push([scheme, handler]);
    const protocol = registerPmtiles(addProtocol);
    expect(registerPmtiles(addProtocol)).toBe(protocol);
    expect(registered.map(([scheme]) => scheme)).toEqual(['pmtiles']);

    const archive = memoryArchive(
      pmtilesArchive([{ z: 0, x: 0, y: 0, data: tile }], TileType.Png, {
        attribution: 'Test archive',
      }),
    );
    const additions = await archiveAdditions(url, archive);
    expect(additions.sources['basemap:archive']).toEqual({
      type: 'raster',
      url: `pmtiles://${url}`,
      tileSize: 256,
    });
    expect(additions.layers.map((l) => l.type)).toEqual(['raster']);

    // What MapLibre asks the handler for: the TileJSON, then a tile.
    const handler = registered[0]![1] as typeof protocol.tilev4;
    const tileJson = await handler(
      { url: `pmtiles://${url}`, type: 'json' },
      new AbortController(),
    );
    expect(tileJson.data).toMatchObject({ attribution: 'Test archive', minzoom: 0, maxzoom: 0 });
    const answer = await handler(
      { url: `pmtiles://${url}/0/0/0`, type: 'arrayBuffer' },
      new AbortController(),
    );
    expect([...(answer.data as Uint8Array)]).toEqual([...tile]);
  });

  it('draws a vector archive layer by layer, from its metadata', async () => {
    const archive = memoryArchive(
      pmtilesArchive([{ z: 0, x: 0, y: 0, data: tile }], TileType.Mvt, {
        vector_layers: [{ id: 'roads' }, { id: 'water' }],
      }),
    );
    const { sources, layers } = await archiveAdditions(url, archive);
    expect(sources['basemap:archive']).toEqual({ type: 'vector', url: `pmtiles://${url}` });
    expect(layers.map((l) => l.id)).toEqual([
      'basemap:paper',
      'basemap:roads-fill',
      'basemap:water-fill',
      'basemap:roads-line',
      'basemap:water-line',
    ]);
  });

  it('refuses what it cannot draw, saying so', () => {
    expect(() => archiveLayers(url, TileType.Mvt, [])).toThrow(/lists no layers/);
    expect(() => archiveLayers(url, TileType.Unknown, [])).toThrow(/tile type 0 cannot be drawn/);
    expect(archiveLayers(url, TileType.Webp, []).layers).toHaveLength(1);
  });
});
