import { describe, expect, it } from 'vitest';
import { readBasemapConfig } from './basemap-config.ts';
import { contentSecurityPolicy, policyWith } from './csp.ts';

describe('BASEMAP', () => {
  it('is off by default', () => {
    expect(readBasemapConfig({})).toBeNull();
    expect(readBasemapConfig({ BASEMAP: '  ' })).toBeNull();
    expect(policyWith([])).toBe(contentSecurityPolicy);
  });

  it('takes a style URL and allows its origin', () => {
    expect(readBasemapConfig({ BASEMAP: 'https://maps.example.org/styles/light.json' })).toEqual({
      basemap: { kind: 'style', url: 'https://maps.example.org/styles/light.json' },
      origins: ['https://maps.example.org'],
    });
  });

  it('takes a PMTiles archive and further origins', () => {
    expect(
      readBasemapConfig({
        BASEMAP: 'pmtiles://https://data.example.org/luquan.pmtiles',
        BASEMAP_ORIGINS: 'https://fonts.example.org, https://data.example.org',
      }),
    ).toEqual({
      basemap: { kind: 'pmtiles', url: 'https://data.example.org/luquan.pmtiles' },
      origins: ['https://data.example.org', 'https://fonts.example.org'],
    });
  });

  it('says what is wrong with a bad value and what to write', () => {
    expect(() => readBasemapConfig({ BASEMAP: 'style.json' })).toThrow(
      /^BASEMAP=style\.json: not an absolute URL — use e\.g\. BASEMAP=https:/,
    );
    expect(() => readBasemapConfig({ BASEMAP: 'file:///tmp/style.json' })).toThrow(
      /only http\(s\) URLs/,
    );
    expect(() => readBasemapConfig({ BASEMAP: 'pmtiles://luquan.pmtiles' })).toThrow(
      /BASEMAP=luquan\.pmtiles: not an absolute URL/,
    );
    expect(() =>
      readBasemapConfig({ BASEMAP: 'https://a.test/s.json', BASEMAP_ORIGINS: 'https://b.test/x' }),
    ).toThrow(/an origin has no path — write it as https:\/\/b\.test/);
    expect(() => readBasemapConfig({ BASEMAP_ORIGINS: 'https://b.test' })).toThrow(
      /without BASEMAP/,
    );
  });

  it('adds the origins to img-src and connect-src only', () => {
    const policy = policyWith(['https://a.test', 'https://b.test']);
    expect(policy).toContain("img-src 'self' data: https://a.test https://b.test;");
    expect(policy).toContain("connect-src 'self' https://a.test https://b.test;");
    expect(policy.replaceAll(' https://a.test https://b.test', '')).toBe(contentSecurityPolicy);
  });
});
