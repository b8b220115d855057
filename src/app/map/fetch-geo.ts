import type { FeatureCollection } from 'geojson';
import type { StoryGeo } from './layers.ts';

/** Fetch the built GeoJSON files (same origin) and check each is a FeatureCollection. */
export async function fetchStoryGeo(
  urls: Record<keyof StoryGeo, string>,
  signal?: AbortSignal,
): Promise<StoryGeo> {
  const entries = await Promise.all(
    (Object.entries(urls) as [keyof StoryGeo, string][]).map(async ([key, url]) => {
      const response = await fetch(url, signal ? { signal } : {});
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const data: unknown = await response.json();
      if (!isFeatureCollection(data)) throw new Error(`${url}: not a GeoJSON FeatureCollection`);
      return [key, data] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as StoryGeo;
}

function isFeatureCollection(value: unknown): value is FeatureCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}
