/** The Huangbizhuang reservoir and the Hutuo river, from the extracted GSHHG source. */
import type { Feature, Geometry, LineString, Polygon, Position } from 'geojson';
import type { LngLat, RegionFeature } from '../../../src/shared/geo-schema.ts';
import { SourceError } from './errors.ts';
import { lakeNear, metres, riverThroughLake } from './hydro.ts';
import { toHant } from './names.ts';
import {
  labelPoint,
  parseCollection,
  REGION_SETTINGS,
  roundLine,
  type RegionSources,
} from './region-shared.ts';
import { douglasPeucker } from './topology.ts';

/** The Huangbizhuang reservoir (the GSHHG lake beside the anchor) and the Hutuo through it. */
export function buildWater(src: RegionSources): RegionFeature[] {
  const S = REGION_SETTINGS;
  const hydro = parseCollection(src.hydro).features;
  const lakes = hydro.filter(
    (f): f is Feature<Polygon> =>
      f.properties?.['gshhg'] === 'lake' && f.geometry?.type === 'Polygon',
  );
  const rivers = hydro.filter(
    (f): f is Feature<LineString> =>
      f.properties?.['gshhg'] === 'river' && f.geometry?.type === 'LineString',
  );
  const lake = lakeNear(lakes, src.reservoirAnchor, 3000);
  if (!lake) {
    throw new SourceError(
      src.hydro.path,
      undefined,
      `no GSHHG lake within 3 km of the reservoir anchor ${src.reservoirAnchor.join(',')} — check the extraction box`,
    );
  }
  const chains = riverThroughLake(rivers, lake, S.shoreMetres);
  if (chains.length === 0)
    throw new SourceError(
      src.hydro.path,
      undefined,
      'no GSHHG river piece ends at the reservoir shore',
    );
  const k = Math.cos((S.latitude * Math.PI) / 180);
  const simplify = (line: Position[]): Position[] =>
    roundLine(douglasPeucker(line, S.waterTolerance, k), S.waterDecimals);
  const river = chains.map(simplify);
  const ring = simplify(lake.geometry.coordinates[0] ?? []);
  const nearest = river
    .flat()
    .reduce<Position | undefined>(
      (best, p) =>
        !best || metres(p, src.riverLabelNear) < metres(best, src.riverLabelNear) ? p : best,
      undefined,
    );
  const reservoirLabel = labelPoint([[ring]], S.waterDecimals);
  const water = (
    id: string,
    kind: 'river' | 'reservoir',
    hans: string,
    label: LngLat,
    geometry: Geometry,
  ): RegionFeature =>
    ({
      type: 'Feature',
      id,
      properties: {
        id,
        kind,
        name_hans: hans,
        name_hant: toHant(hans),
        label,
        sources: ['gmt-gshhg'],
      },
      geometry,
    }) as RegionFeature;
  return [
    water('hutuo', 'river', '滹沱河', [nearest?.[0] ?? NaN, nearest?.[1] ?? NaN], {
      type: 'MultiLineString',
      coordinates: river,
    }),
    water('huangbizhuang', 'reservoir', '黄壁庄水库', reservoirLabel, {
      type: 'Polygon',
      coordinates: [ring],
    }),
  ];
}
