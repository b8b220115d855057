/**
 * Dots and labels of a static map, in the outer SVG: positions in % of the frame, sizes in
 * CSS px, styled like the live map's circle and symbol layers (src/app/map/layers.ts).
 */
import { escapeHtml } from '../../shared/html.ts';
import { labelFonts, type MapTheme } from '../../shared/theme.ts';
import type { StaticFrame } from './static-map-frame.ts';
import { placeLabels, type LabelRequest, type LabelRole } from './static-map-labels.ts';
import type { StaticMapInput } from './static-map.ts';
import { highlighted } from './static-map-view.ts';
import { group, n, pct, type Area } from './svg-markup.ts';

/** MapLibre's zoom thresholds of the label layers (src/app/map/layers.ts). */
const townshipLabelMinZoom = 8.5;
/** Village dots are drawn from this zoom up; below it the district is a few pixels wide. */
const placeDotMinZoom = 7;

/** Linear interpolation of a zoom-dependent size, clamped like MapLibre's `interpolate`. */
function byZoom(zoom: number, z0: number, v0: number, z1: number, v1: number): number {
  const k = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return v0 + k * (v1 - v0);
}

/** Dots and labels, in the outer SVG: positions in % of the frame, sizes in px. */
export function pointSymbols(
  input: StaticMapInput,
  frame: StaticFrame,
  area: Area,
  t: MapTheme,
): string {
  const { geo, view, script } = input;
  const zoom = frame.zoom;
  const at = (lon: number, lat: number): [number, number] =>
    (frame.projection([lon, lat]) ?? [NaN, NaN]) as [number, number];
  const inArea = ([x, y]: [number, number]) =>
    x >= area.x0 && x <= area.x1 && y >= area.y0 && y <= area.y1;
  const pos = ([x, y]: [number, number]) =>
    `x="${pct(x, frame.width)}" y="${pct(y, frame.height)}"`;
  const circle = ([x, y]: [number, number], r: number, extra = '') =>
    `<circle cx="${pct(x, frame.width)}" cy="${pct(y, frame.height)}" r="${n(r)}"${extra}/>`;
  const name = (p: { name_hant: string; name_hans: string }) =>
    script === 'hant' ? p.name_hant : p.name_hans;

  const out: string[] = [];
  const activePlaces = new Set(highlighted(view.map, 'places'));
  const activeTownships = highlighted(view.map, 'townships');
  const dots = { quiet: [] as string[], active: [] as string[], seats: [] as string[] };
  for (const f of geo.places.features) {
    const p = at(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
    if (!inArea(p)) continue;
    const kind = f.properties.kind;
    if (kind === 'village' || kind === 'community') {
      if (activePlaces.has(f.properties.id)) dots.active.push(circle(p, byZoom(zoom, 9, 5, 13, 8)));
      else if (zoom >= placeDotMinZoom) dots.quiet.push(circle(p, byZoom(zoom, 9, 1.5, 13, 4)));
    } else if (view.map.layers.includes('township-seats')) {
      dots.seats.push(circle(p, 4));
    }
  }
  if (dots.quiet.length) out.push(group(`fill="${t.placeDot}" fill-opacity=".45"`, dots.quiet));
  if (dots.active.length) {
    out.push(
      group(`fill="${t.accent}" stroke="${t.placeDotStroke}" stroke-width="2"`, dots.active),
    );
  }
  if (dots.seats.length) {
    out.push(
      group(`fill="${t.accent}" stroke="${t.placeDotStroke}" stroke-width="1.5"`, dots.seats),
    );
  }
  const cities = geo.context.features.filter(
    (f) => f.properties.kind === 'city' && view.map.cities.includes(f.properties.code),
  );
  const cityDots: string[] = [];
  const requests: LabelRequest[] = [];
  for (const f of cities) {
    if (f.geometry.type !== 'Point') continue;
    const p = at(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
    cityDots.push(circle(p, 6));
    requests.push({
      text: name(f.properties),
      x: p[0],
      y: p[1],
      size: 16,
      dy: 1.6,
      padding: 2,
      role: 'city',
    });
  }
  if (cityDots.length) {
    out.push(group(`fill="${t.accent}" stroke="${t.placeDotStroke}" stroke-width="2"`, cityDots));
  }

  // Symbol layers from the top one down, as MapLibre places them.
  for (const f of geo.places.features) {
    if (!activePlaces.has(f.properties.id)) continue;
    const [x, y] = at(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
    requests.push({
      text: name(f.properties),
      x,
      y,
      size: 15,
      dy: 1.6,
      padding: 2,
      allowOverlap: true,
      role: 'place',
    });
  }
  const townshipLabels = geo.townships.features.flatMap((f) => {
    const label = f.properties.label;
    if (!label) return [];
    const [x, y] = at(label[0], label[1]);
    return [{ code: f.properties.code, text: name(f.properties), x, y }];
  });
  for (const l of townshipLabels.filter((l) => activeTownships.includes(l.code))) {
    requests.push({
      ...l,
      size: byZoom(zoom, 8, 12, 12, 16),
      dy: 0,
      padding: 2,
      role: 'township-active',
    });
  }
  if (zoom < townshipLabelMinZoom) {
    const seat = geo.places.features.find((f) => f.properties.kind === 'district-seat');
    const district = geo.context.features.find((f) => f.properties.kind === 'district');
    if (seat && district) {
      const [x, y] = at(seat.geometry.coordinates[0]!, seat.geometry.coordinates[1]!);
      requests.push({
        text: name(district.properties),
        x,
        y,
        size: 15,
        dy: -1.8,
        padding: 2,
        role: 'district',
      });
    }
  } else {
    for (const l of townshipLabels.filter((l) => !activeTownships.includes(l.code))) {
      requests.push({
        ...l,
        size: byZoom(zoom, 9, 11, 12, 15),
        dy: 0,
        padding: 4,
        role: 'township',
      });
    }
  }
  const frameBox = { x0: 0, y0: 0, x1: frame.width, y1: frame.height };
  const placed = placeLabels(requests, frameBox, input.mode !== 'pane');
  const labelStyle: Record<LabelRole, string> = {
    township: `fill="${t.labelMuted}" stroke-width="3"`,
    'township-active': `fill="${t.accentText}" stroke-width="4"`,
    district: `fill="${t.accentText}" stroke-width="4"`,
    place: `fill="${t.accentText}" stroke-width="4"`,
    city: `fill="${t.label}" stroke-width="4"`,
  };
  const byRole = new Map<LabelRole, string[]>();
  // Drawn bottom layer first, so a label above another is painted after it.
  for (const l of [...placed].reverse()) {
    const dy = l.dy ? ` dy="${n(l.dy)}em"` : '';
    const list = byRole.get(l.role) ?? [];
    list.push(
      `<text ${pos([l.x, l.y])} font-size="${n(l.size)}"${dy}>${escapeHtml(l.text)}</text>`,
    );
    byRole.set(l.role, list);
  }
  if (byRole.size) {
    const fonts = labelFonts[script].map((f) => (f.includes(' ') ? `'${f}'` : f)).join(',');
    out.push(
      group(
        `font-family="${fonts}" text-anchor="middle" dominant-baseline="central" paint-order="stroke" stroke="${t.labelHalo}" stroke-linejoin="round"`,
        [...byRole].map(([role, texts]) => group(labelStyle[role], texts)),
      ),
    );
  }
  return out.join('');
}
