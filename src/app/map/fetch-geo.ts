import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { GeoLayers } from '../../shared/geo-schema.ts';

/**
 * The map's data as a FeatureCollection, from GeoJSON or from the TopoJSON the build makes
 * of it (src/build/node/topojson-plugin.ts: one object, the features in their order).
 */
export function geoCollection(data: unknown): FeatureCollection | undefined {
  if (isTopology(data)) {
    const [object] = Object.values(data.objects);
    const decoded = object?.type === 'GeometryCollection' ? feature(data, object) : undefined;
    return decoded && isFeatureCollection(decoded) ? decoded : undefined;
  }
  return isFeatureCollection(data) ? data : undefined;
}

function isTopology(value: unknown): value is Topology {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'Topology' &&
    typeof (value as { objects?: unknown }).objects === 'object' &&
    Array.isArray((value as { arcs?: unknown }).arcs)
  );
}

/** Fetch the built GeoJSON (or TopoJSON) files (same origin) and check each is a FeatureCollection. */
export async function fetchGeoLayers(
  urls: Record<keyof GeoLayers, string>,
  signal?: AbortSignal,
): Promise<GeoLayers> {
  const entries = await Promise.all(
    (Object.entries(urls) as [keyof GeoLayers, string][]).map(async ([key, url]) => {
      const response = await fetch(url, signal ? { signal } : {});
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const data = geoCollection(await response.json());
      if (!data) throw new Error(`${url}: not a GeoJSON FeatureCollection`);
      return [key, data] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as GeoLayers;
}

function isFeatureCollection(value: unknown): value is FeatureCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}
