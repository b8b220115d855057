import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASEMAP_ONLY_PACKAGES } from '../../src/build/node/basemap-config.ts';
import { useStorySite } from './setup.ts';

const root = path.resolve(import.meta.dirname, '../..');
const site = useStorySite();

/** The copyright lines of a package's own licence file, as npm installed it. */
async function copyrightLines(pkg: string, file: string): Promise<string[]> {
  const text = await readFile(path.join(root, 'node_modules', pkg, file), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^Copyright\b/i.test(line));
}

describe('licences of the bundled code', () => {
  it('the page links to the licence texts, relative to the page, and the server has them', async () => {
    const { page } = await site.open('desktop', { waitForMap: false });
    const link = page.locator('#credits a[data-ui="licensesLink"]');
    const href = await link.getAttribute('href');
    expect(href, 'a relative link, so it holds under a sub-path').toMatch(/^[^/:]+$/);
    const url = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('maplibre-gl');
  });

  it('MapLibre’s and Scrollama’s notices, and a section for every dependency, are in dist/', async () => {
    const shipped = await readFile(path.join(root, 'dist/licenses.txt'), 'utf8');
    const notices = [
      ...(await copyrightLines('maplibre-gl', 'LICENSE.txt')),
      ...(await copyrightLines('scrollama', 'LICENSE')),
    ];
    expect(notices).toContain('Copyright (c) 2023, MapLibre contributors');
    expect(notices).toContain('Copyright (c) 2017 Russell Goldenberg');
    for (const line of notices) expect(shipped).toContain(line);

    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const [name, version] of Object.entries(pkg.dependencies)) {
      // The default build leaves the basemap's packages out, and their licences with them.
      if (BASEMAP_ONLY_PACKAGES.includes(name)) expect(shipped).not.toContain(`## ${name} - `);
      else expect(shipped).toContain(`## ${name} - ${version} (`);
    }
  });
});
