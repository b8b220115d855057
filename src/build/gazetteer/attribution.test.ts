import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributionLines } from './attribution.ts';

describe('attributionLines', () => {
  it('takes the bullets under "## Attribution" and stops at the next section', () => {
    const md =
      '# Sources\n\n## Attribution (map)\n\nIntro.\n\n- One, CC BY 4.0.\n* Two.\n\n## Sources\n\n- not this\n';
    expect(attributionLines(md)).toEqual(['One, CC BY 4.0.', 'Two.']);
  });

  it('is empty when there is no such section', () => {
    expect(attributionLines('# Sources\n\n- a\n')).toEqual([]);
  });

  it('credits Vonng/adcode (CC BY 4.0) and says what was changed, in the real geo/SOURCES.md', () => {
    const lines = attributionLines(
      readFileSync(new URL('../../../geo/SOURCES.md', import.meta.url), 'utf8'),
    );
    const adcode = lines.find((l) => l.includes('Vonng/adcode'));
    expect(adcode).toMatch(/CC BY 4\.0/);
    expect(adcode).toMatch(/converted from GCJ-02 to WGS84/);
    expect(lines.some((l) => l.includes('GeoNames'))).toBe(true);
  });
});
