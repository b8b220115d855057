/**
 * Builds geo/divisions.json: every code the story can name (the district, its
 * townships, all their villages and communities, and the cities), located or not.
 */
import type { Division, DivisionKind } from '../../src/shared/geo-schema.ts';
import { DISTRICT_CODE } from '../../src/shared/codes.ts';
import { shortName, toHant, villageKind } from './lib/names.ts';
import type { Sources } from './lib/read-sources.ts';
import { compareCodeUnits } from './lib/serialize.ts';

/** One division: official name, the short name labels show, both in both scripts. */
function division(code: string, name: string, kind: DivisionKind, township?: string): Division {
  const short = shortName(name);
  const entry: Division = {
    code,
    name_hans: name,
    name_hant: toHant(name),
    short_hans: short,
    short_hant: toHant(short),
    kind,
  };
  if (township) entry.township = township;
  return entry;
}

/** The entries of divisions.json, sorted by code. */
export function divisionsJson(
  sources: Pick<Sources, 'districtName' | 'townships' | 'villages' | 'cities'>,
): Division[] {
  const divisions = [
    division(DISTRICT_CODE, sources.districtName, 'district'),
    ...sources.townships.map((t) => division(t.code, t.name, 'township')),
    ...sources.villages.map((v) =>
      division(v.code, v.name, villageKind(shortName(v.name)), v.township),
    ),
    ...sources.cities.map((c) => division(c.code, c.name, 'city')),
  ];
  return divisions.sort((a, b) => compareCodeUnits(a.code, b.code));
}
