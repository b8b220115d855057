import type { FeatureCollection } from 'geojson';
import type { GeoLayers } from '../../shared/geo-schema.ts';

/** Fetch the built GeoJSON files (same origin) and check each is a FeatureCollection. */
export async function fetchGeoLayers(
  urls: Record<keyof GeoLayers, string>,
  signal?: AbortSignal,
): Promise<GeoLayers> {
  const entries = await Promise.all(
    (Object.entries(urls) as [keyof GeoLayers, string][]).map(async ([key, url]) => {
      const response = await fetch(url, signal ? { signal } : {});
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const data: unknown = await response.json();
      if (!isFeatureCollection(data)) throw new Error(`${url}: not a GeoJSON FeatureCollection`);
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
