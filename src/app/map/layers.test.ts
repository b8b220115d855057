import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { GeoLayers } from '../../shared/geo-schema.ts';
import { storyLayerIds, storyLayers, townshipLabelFilter } from './layers.ts';
import { districtLabelData, storyStyle, wuhanLinkData } from './sources.ts';

const readGeo = (name: string): FeatureCollection =>
  JSON.parse(
    readFileSync(new URL(`../../../geo/${name}.geojson`, import.meta.url), 'utf8'),
  ) as FeatureCollection;

const geo = {
  context: readGeo('context'),
  townships: readGeo('townships'),
  places: readGeo('places'),
} as GeoLayers;
const link = wuhanLinkData([114.3, 38.08], [114.28, 30.58]);
const districtLabel = districtLabelData([114.31, 38.08], { hant: '鹿泉區', hans: '鹿泉区' });

describe('storyStyle', () => {
  it.each(['hant', 'hans'] as const)('is a valid MapLibre style in %s', (script) => {
    const errors = validateStyleMin(storyStyle(geo, link, script, districtLabel));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('asks nothing from another origin: no glyphs, sprite or tile URL', () => {
    const style = storyStyle(geo, link, 'hant', districtLabel);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.sources)).not.toMatch(/https?:\/\//);
  });

  it('labels the chapter’s townships in their own layer and all others in the base layer', () => {
    const filters = (codes: string[]) => [
      townshipLabelFilter(codes, true),
      townshipLabelFilter(codes, false),
    ];
    const [activeOnly, others] = filters(['130110202']);
    expect(activeOnly).toEqual(['in', ['get', 'code'], ['literal', ['130110202']]]);
    expect(others).toEqual(['!', ['in', ['get', 'code'], ['literal', ['130110202']]]]);
  });

  it('labels in the script asked for', () => {
    const label = (script: 'hant' | 'hans') =>
      storyLayers(script).find((l) => l.id === 'township-label')?.layout?.['text-field' as never];
    expect(label('hant')).toEqual(['get', 'name_hant']);
    expect(label('hans')).toEqual(['get', 'name_hans']);
  });

  it('every switchable story layer exists in the style', () => {
    const ids = new Set(storyLayers('hant').map((l) => l.id));
    for (const layerIds of Object.values(storyLayerIds))
      for (const id of layerIds) expect(ids).toContain(id);
  });
});

describe('township label points', () => {
  it('gives one point per township that has a label, none for one without', () => {
    const source = storyStyle(geo, link, 'hant', districtLabel).sources['township-labels'];
    const points = (source as { data: FeatureCollection }).data;
    const withLabel = geo.townships.features.filter((f) => Array.isArray(f.properties?.['label']));
    expect(points.features).toHaveLength(withLabel.length);
    expect(points.features.map((f) => f.properties?.['code'])).not.toContain('130110500');
  });
});
