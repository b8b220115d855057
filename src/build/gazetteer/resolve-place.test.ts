import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoData } from '../node/load-geo.ts';
import type { GeoFiles } from '../../shared/geo-schema.ts';
import { createPlaceResolver, type PlaceResolver } from './resolve-place.ts';

const GEO_DIR = join(import.meta.dirname, '..', '..', '..', 'geo');

let geo: GeoFiles;
let resolver: PlaceResolver;
beforeAll(async () => {
  geo = await loadGeoData(GEO_DIR);
  resolver = createPlaceResolver(geo);
});

describe('createPlaceResolver', () => {
  it('returns undefined for a code that is not a division', () => {
    expect(resolver.resolve('130110999999')).toBeUndefined();
    expect(resolver.resolve('hello')).toBeUndefined();
  });

  it('resolves a located village to its point (东营北街村)', () => {
    const place = resolver.resolve('130110102204');
    expect(place).toMatchObject({
      code: '130110102204',
      name: { hans: '东营北街村', hant: '東營北街村' },
      kind: 'village',
      resolvedAs: 'point',
      townshipCode: '130110102',
      approximate: false,
    });
    const [lon, lat] = place?.point ?? [];
    expect(place?.bbox).toEqual([lon, lat, lon, lat]);
  });

  it('resolves an unlocated village to its township area, approximately (北寨村 → 上寨乡)', () => {
    const place = resolver.resolve('130110202203');
    const township = resolver.resolve('130110202');
    expect(place).toMatchObject({
      name: { hans: '北寨村', hant: '北寨村' },
      resolvedAs: 'township',
      townshipCode: '130110202',
      approximate: true,
    });
    expect(place?.point).toBeUndefined();
    expect(place?.bbox).toEqual(township?.bbox);
  });

  it('resolves a township to its derived area (approximate) and the district to its outline', () => {
    expect(resolver.resolve('130110202')).toMatchObject({
      name: { hans: '上寨乡', hant: '上寨鄉' },
      kind: 'township',
      resolvedAs: 'township',
      townshipCode: '130110202',
      approximate: true,
    });
    const district = resolver.resolve('130110');
    expect(district).toMatchObject({
      kind: 'district',
      resolvedAs: 'district',
      approximate: false,
    });
    const [w, s, e, n] = district?.bbox ?? [];
    expect(w).toBeLessThan(e ?? 0);
    expect(s).toBeLessThan(n ?? 0);
  });

  it('falls back to the district for the development zone and its villages', () => {
    expect(resolver.resolve('130110500')).toMatchObject({
      resolvedAs: 'district',
      townshipCode: '130110500',
      approximate: true,
      bbox: resolver.resolve('130110')?.bbox,
    });
    const village = resolver.divisions().find((d) => d.township === '130110500');
    expect(resolver.resolve(village?.code ?? '')).toMatchObject({
      resolvedAs: 'district',
      townshipCode: '130110500',
      approximate: true,
    });
  });

  it('resolves Shijiazhuang and Wuhan to their city points', () => {
    expect(resolver.resolve('130100')).toMatchObject({
      kind: 'city',
      resolvedAs: 'point',
      name: { hans: '石家庄市', hant: '石家莊市' },
    });
    const wuhan = resolver.resolve('420100');
    expect(wuhan).toMatchObject({ kind: 'city', resolvedAs: 'point', approximate: false });
    expect(wuhan?.point?.[1]).toBeCloseTo(30.58, 1);
  });

  it('never gives a point that is not in places.geojson or the city points', () => {
    const sourced = new Set(
      [...geo.places.features, ...geo.context.features]
        .filter((f) => f.geometry?.type === 'Point')
        .map((f) => JSON.stringify(f.geometry?.type === 'Point' ? f.geometry.coordinates : null)),
    );
    for (const d of resolver.divisions()) {
      const place = resolver.resolve(d.code);
      expect(place, d.code).toBeDefined();
      if (place?.point) expect(sourced.has(JSON.stringify(place.point))).toBe(true);
      expect(place?.resolvedAs === 'point').toBe(place?.point !== undefined);
    }
  });

  it('lists the divisions sorted by code', () => {
    const codes = resolver.divisions().map((d) => d.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toHaveLength(248);
  });
});
