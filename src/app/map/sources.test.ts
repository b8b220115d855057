import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadGeoData } from '../../build/node/load-geo.ts';
import { outsidePrefectureKind, outsidePrefectureLayer } from './layers.ts';
import { outsidePrefecture, storyStyle } from './sources.ts';
import type { GeoLayers } from '../../shared/geo-schema.ts';

const geo: GeoLayers = await loadGeoData(path.resolve(import.meta.dirname, '../../../geo'));
const empty = { type: 'FeatureCollection' as const, features: [] };

describe('outsidePrefecture', () => {
  it('is the world with the prefecture cut out', () => {
    const prefecture = geo.context.features.find((f) => f.properties.kind === 'prefecture');
    if (prefecture?.geometry.type !== 'Polygon') throw new Error('expected a Polygon prefecture');
    const outside = outsidePrefecture(geo.context);
    expect(outside.properties).toEqual({ kind: outsidePrefectureKind });
    const [world, ...holes] = outside.geometry.coordinates;
    const lons = world!.map(([lon]) => lon!);
    expect(Math.min(...lons)).toBe(-180);
    expect(Math.max(...lons)).toBe(180);
    expect(holes).toEqual([prefecture.geometry.coordinates[0]]);
  });

  it('cuts nothing out when there is no prefecture', () => {
    const noPrefecture: GeoLayers['context'] = {
      ...geo.context,
      features: geo.context.features.filter((f) => f.properties.kind !== 'prefecture'),
    };
    expect(outsidePrefecture(noPrefecture).geometry.coordinates).toHaveLength(1);
  });
});

describe('storyStyle', () => {
  const style = storyStyle(geo, empty, 'hant', empty);

  it('paints no layer over the whole view: no background, the prefecture shows through', () => {
    expect(style.layers.map((l) => l.type)).not.toContain('background');
    expect(
      style.layers.some((l) => 'filter' in l && JSON.stringify(l.filter).includes('"prefecture"')),
    ).toBe(false);
    expect(style.layers[0]?.id).toBe(outsidePrefectureLayer);
  });

  it('puts the outside of the prefecture in the context source', () => {
    const context = style.sources['context'];
    if (context?.type !== 'geojson' || typeof context.data === 'string') throw new Error('context');
    const kinds = (context.data as FeatureCollection).features.map((f) => f.properties?.['kind']);
    expect(kinds.filter((k) => k === outsidePrefectureKind)).toHaveLength(1);
  });
});
