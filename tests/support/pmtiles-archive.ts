import { zxyToTileId, type TileType } from 'pmtiles';

/**
 * A small PMTiles v3 archive written in memory for the tests (no tool to write one is
 * installed here): header, one root directory, JSON metadata, tile data; nothing compressed.
 * The `pmtiles` package reads it back in the tests, so a wrong byte here fails them.
 */
export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

const headerLength = 127;
const noCompression = 1;

function varints(values: readonly number[]): number[] {
  const bytes: number[] = [];
  for (let value of values) {
    while (value >= 0x80) {
      bytes.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    bytes.push(value);
  }
  return bytes;
}

/** The root directory: ids as deltas, run lengths, lengths, then offsets (+1, or 0 if contiguous). */
function directory(entries: readonly { tileId: number; offset: number; length: number }[]) {
  const offsets = entries.map((e, i) => {
    const previous = entries[i - 1];
    return previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1;
  });
  return Uint8Array.from(
    varints([
      entries.length,
      ...entries.map((e, i) => e.tileId - (entries[i - 1]?.tileId ?? 0)),
      ...entries.map(() => 1),
      ...entries.map((e) => e.length),
      ...offsets,
    ]),
  );
}

/** The archive's bytes. */
export function pmtilesArchive(
  tiles: readonly ArchiveTile[],
  tileType: TileType,
  metadata: Record<string, unknown>,
): Uint8Array {
  const sorted = tiles
    .map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  let offset = 0;
  const entries = sorted.map((t) => {
    const entry = { tileId: t.tileId, offset, length: t.data.length };
    offset += t.data.length;
    return entry;
  });
  const root = directory(entries);
  const json = new TextEncoder().encode(JSON.stringify(metadata));
  const tileData = offset;
  const rootOffset = headerLength;
  const jsonOffset = rootOffset + root.length;
  const dataOffset = jsonOffset + json.length;

  const bytes = new Uint8Array(dataOffset + tileData);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, jsonOffset);
  u64(32, json.length);
  u64(40, dataOffset); // no leaf directories
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, tileData);
  u64(72, sorted.length);
  u64(80, sorted.length);
  u64(88, sorted.length);
  view.setUint8(96, 1); // clustered: tiles in id order
  view.setUint8(97, noCompression);
  view.setUint8(98, noCompression);
  view.setUint8(99, tileType);
  const zooms = sorted.map((t) => t.z);
  view.setUint8(100, Math.min(...zooms));
  view.setUint8(101, Math.max(...zooms));
  const e7 = (at: number, degrees: number) => view.setInt32(at, Math.round(degrees * 1e7), true);
  e7(102, -180);
  e7(106, -85);
  e7(110, 180);
  e7(114, 85);
  view.setUint8(118, 0);
  e7(119, 0);
  e7(123, 0);

  bytes.set(root, rootOffset);
  bytes.set(json, jsonOffset);
  for (const [i, t] of sorted.entries()) bytes.set(t.data, dataOffset + entries[i]!.offset);
  return bytes;
}
