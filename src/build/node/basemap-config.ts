/**
 * Reads the optional basemap from the build's environment: `BASEMAP` (a MapLibre style URL
 * or `pmtiles://https://…/x.pmtiles`) and `BASEMAP_ORIGINS` (further origins its tiles,
 * glyphs or sprites come from). Unset, the build is the offline default.
 */
import type { BasemapConfig } from '../../shared/basemap.ts';

/** What the build needs to know about the basemap: where it is, and which origins it uses. */
export interface BasemapBuild {
  basemap: BasemapConfig;
  /** Every origin the page may fetch basemap files from (for the CSP), the basemap's first. */
  origins: string[];
}

const pmtilesPrefix = 'pmtiles://';

/**
 * Dependencies the page bundles only in a build with a basemap (src/app/map/basemap*.ts
 * imports them): the default build's licence file has no section for them.
 * @internal
 */
export const BASEMAP_ONLY_PACKAGES: readonly string[] = ['pmtiles'];

function httpUrl(value: string, name: string, example: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}=${value}: not an absolute URL — use e.g. ${name}=${example}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${name}=${value}: only http(s) URLs can be fetched — use e.g. ${example}`);
  return url;
}

/** The extra origins, comma or space separated; each must be a bare origin. */
function extraOrigins(value: string | undefined): string[] {
  const example = 'https://tiles.example.org';
  return (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const url = httpUrl(entry, 'BASEMAP_ORIGINS', example);
      if (url.href !== `${url.origin}/` || entry.endsWith('/'))
        throw new Error(
          `BASEMAP_ORIGINS=${entry}: an origin has no path — write it as ${url.origin}`,
        );
      return url.origin;
    });
}

/**
 * The basemap the environment asks for, or null for the offline default. A bad value throws
 * a message that says what is wrong and what to write instead.
 */
export function readBasemapConfig(env: Record<string, string | undefined>): BasemapBuild | null {
  const value = env['BASEMAP']?.trim();
  if (!value) {
    if (env['BASEMAP_ORIGINS']?.trim())
      throw new Error('BASEMAP_ORIGINS is set without BASEMAP — set both, or neither');
    return null;
  }
  const isArchive = value.startsWith(pmtilesPrefix);
  const url = isArchive
    ? httpUrl(
        value.slice(pmtilesPrefix.length),
        'BASEMAP',
        'pmtiles://https://example.org/a.pmtiles',
      )
    : httpUrl(value, 'BASEMAP', 'https://tiles.example.org/styles/light/style.json');
  const origins = [...new Set([url.origin, ...extraOrigins(env['BASEMAP_ORIGINS'])])];
  return { basemap: { kind: isArchive ? 'pmtiles' : 'style', url: url.href }, origins };
}
