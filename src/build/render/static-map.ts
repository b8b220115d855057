/**
 * One chapter's map as a small SVG string, drawn at build time with d3-geo: for the first
 * paint (before MapLibre is ready), for print, and for readers whose browser cannot draw
 * the live map. Pure: no DOM, no fs; the same input always gives the same bytes.
 *
 * Structure, so CSS alone can frame it exactly like the live map (see static-map.css):
 * - the outer <svg> has no viewBox: its user unit is the CSS pixel, and its width/height
 *   attributes (the frame at the chapter's maxZoom) give it the frame's aspect ratio;
 * - the geometry sits in a nested <svg> whose viewBox is the frame (the chapter's bounds
 *   padded like camera.ts's `frameBBox`, in Web Mercator), scaled to the outer box;
 * - dots and labels sit in the outer <svg> at percentages of the frame, sized in pixels,
 *   so they stay the live map's size however large the picture is drawn.
 */
import simplify from '@turf/simplify';
import { geoClipRectangle, geoPath, geoTransform } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import { escapeHtml } from '../../dom/story-html.ts';
import { langTag } from '../../i18n/strings.ts';
import { describeMapState } from '../../map/describe.ts';
import type { MapState } from '../../map/map-state.ts';
import { labelFonts, theme, type MapTheme } from '../../map/theme.ts';
import type { GeoLayers } from '../../shared/geo-schema.ts';
import { DISTRICT_CODE, WUHAN_CODE } from '../../story/codes.ts';
import type { Script } from '../../story/model.ts';
import { compactPath } from './svg-path.ts';
import { placeLabels, type LabelRequest, type LabelRole } from './static-map-labels.ts';
import { staticFrame, type Size, type StaticFrame } from './static-map-frame.ts';

/** What a chapter's map shows: the live map's state for that chapter. */
export type StaticMapView = MapState;

export interface StaticMapInput {
  geo: GeoLayers;
  view: StaticMapView;
  script: Script;
  /**
   * The container (CSS px) the picture is laid out for: the zoom, and so label sizes,
   * dot sizes and which labels fit, are the live map's in a container of this size.
   */
  size: Size;
  /**
   * Pane pictures only: the phone's map strip. Dots and labels are then drawn twice, for
   * `size` (class `sm-wide`) and for this (class `sm-narrow`); static-map.css shows the one
   * for the page's layout, so label sizes and collisions match the live map on both.
   */
  narrowSize?: Size;
  /** How many township-level units the district has (for the text alternative). */
  townshipCount: number;
  /**
   * `pane`: the picture in the map pane before the live map is ready. Framed exactly like
   * the live map, geometry drawn far beyond the frame (the pane's shape is unknown), natural
   * size at the chapter's maxZoom (so CSS can cap it like MapLibre caps the zoom).
   * `figure` (default): a picture beside the text (print, no WebGL). Clipped to the frame,
   * widened to a sane aspect ratio, natural size the reference `size`.
   */
  mode?: 'pane' | 'figure';
  /** Prefix of the ids inside the SVG, unique per page when several are inlined. */
  idPrefix?: string;
  colours?: MapTheme;
}

/** Simplification tolerance, in CSS px at the reference zoom: below what a screen shows. */
const simplifyTolerancePx = 0.5;
/**
 * Geometry drawn beyond a pane picture's frame on each side, as a share of the frame's
 * larger side: enough for panes from about 1:2 to 2:1 around any chapter's frame.
 */
const paneBleed = 0.75;
/** Narrowest and widest shape (width / height) of a figure: a sliver of a frame is widened. */
const figureAspect = { min: 0.75, max: 1.6 };
/** MapLibre's zoom thresholds of the label layers (src/map/layers.ts). */
const townshipLabelMinZoom = 8.5;
/** Village dots are drawn from this zoom up; below it the district is a few pixels wide. */
const placeDotMinZoom = 7;

/** The chapter's map as an SVG string. */
export function renderStaticMap(input: StaticMapInput): string {
  const { geo, view, script } = input;
  const t = input.colours ?? theme;
  const pane = input.mode === 'pane';
  const frame = staticFrame(view.bounds, view.maxZoom, input.size, pane ? undefined : figureAspect);
  const id = `${input.idPrefix ?? 'static-map'}-${view.chapterId}`;
  const bleed = pane ? paneBleed * Math.max(frame.width, frame.height) : 0;
  const naturalScale = pane ? frame.maxScale : 1;
  const area = { x0: -bleed, y0: -bleed, x1: frame.width + bleed, y1: frame.height + bleed };
  const path = pathMaker(frame, area);
  const active = new Set(view.townships);

  const geometry: string[] = [
    `<rect x="${n(area.x0)}" y="${n(area.y0)}" width="${n(area.x1 - area.x0)}" height="${n(area.y1 - area.y0)}" fill="${t.background}"/>`,
  ];
  const context = geo.context.features;
  for (const f of context.filter((c) => c.properties.kind === 'prefecture')) {
    geometry.push(pathEl(path(f.geometry), `fill="${t.prefectureFill}"`));
  }
  const counties = context
    .filter((c) => c.properties.kind === 'county')
    .map((f) => pathEl(path(f.geometry), ''));
  geometry.push(
    group(`fill="${t.countyFill}" stroke="${t.countyLine}" stroke-width=".8"`, counties),
  );
  const district = context.find((c) => c.properties.kind === 'district');
  const districtD = district ? path(district.geometry) : '';
  if (districtD) {
    geometry.push(group(`fill="${t.districtFill}"`, [pathEl(districtD, `id="${id}-d"`)]));
  }

  const quiet: string[] = [];
  const highlighted: string[] = [];
  const outlines: string[] = [];
  for (const f of geo.townships.features) {
    const d = f.geometry ? path(f.geometry) : '';
    if (!d) continue;
    const code = f.properties.code;
    if (!active.has(code)) {
      quiet.push(pathEl(d, ''));
      continue;
    }
    // Fill and line come from the groups, so the outline's <use> can override them.
    highlighted.push(pathEl(d, `id="${id}-t${code}"`));
    // Derived areas (and a township standing in for a place without a point) are dashed.
    const dashed =
      f.properties.boundary !== 'sourced' ||
      view.approximate.some((a) => a.code.startsWith(code) && a.code !== code);
    outlines.push(
      `<use href="#${id}-t${code}"` +
        (dashed
          ? ` stroke="${t.approximateLine}" stroke-dasharray="4 3" class="approximate"`
          : '') +
        '/>',
    );
  }
  const townshipLine = `stroke="${t.townshipLine}" stroke-width="1"`;
  geometry.push(group(`fill="${t.townshipFill}" ${townshipLine}`, quiet));
  geometry.push(group(`fill="${t.accentFill}" fill-opacity=".75" ${townshipLine}`, highlighted));
  geometry.push(group(`fill="none" stroke="${t.accent}" stroke-width="2"`, outlines));
  if (districtD) {
    const [colour, width] = view.district ? [t.accent, 3] : [t.districtLine, 1.8];
    geometry.push(`<use href="#${id}-d" fill="none" stroke="${colour}" stroke-width="${width}"/>`);
  }
  const link = view.layers.includes('wuhan-link') ? wuhanLink(geo, path) : '';
  if (link) {
    geometry.push(
      `<path d="${link}" fill="none" stroke="${t.accent}" stroke-width="2.5" stroke-dasharray="2.5 5" stroke-linecap="round"${keepStroke}/>`,
    );
  }

  let symbols = pointSymbols(input, frame, area, t);
  if (pane && input.narrowSize) {
    const narrow = staticFrame(view.bounds, view.maxZoom, input.narrowSize);
    // The same frame at another zoom: positions are shares of the frame, so they agree.
    symbols =
      group('class="sm-wide"', [symbols]) +
      group('class="sm-narrow"', [
        pointSymbols(input, narrow, scaleArea(area, narrow.width / frame.width), t),
      ]);
  }
  const title = describeMapState(view, script, input.townshipCount);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="static-map-svg" data-chapter="${escapeHtml(view.chapterId)}"` +
    ` width="${n(frame.width * naturalScale)}" height="${n(frame.height * naturalScale)}"` +
    ` overflow="visible" role="img" aria-labelledby="${id}-title" lang="${langTag(script)}">` +
    `<title id="${id}-title">${escapeHtml(title)}</title>` +
    `<svg viewBox="0 0 ${n(frame.width)} ${n(frame.height)}" width="100%" height="100%" overflow="visible">` +
    `<g stroke-linejoin="round">${geometry.join('')}</g></svg>` +
    symbols +
    `</svg>`
  );
}

function scaleArea(a: Area, k: number): Area {
  return { x0: a.x0 * k, y0: a.y0 * k, x1: a.x1 * k, y1: a.y1 * k };
}

interface Area {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type PathOf = (geometry: Geometry) => string;

/**
 * Lon/lat geometry → an SVG path in user units: projected, simplified below a pixel,
 * clipped to the drawn area, rounded to 0.1 px. Empty when nothing is left in the area.
 */
function pathMaker(frame: StaticFrame, area: Area): PathOf {
  const clip = geoClipRectangle(area.x0, area.y0, area.x1, area.y1);
  const identity = geoTransform({});
  const draw = geoPath({ stream: (s) => identity.stream(clip(s)) }).digits(1);
  const project = (p: Position): Position => frame.projection([p[0]!, p[1]!]) ?? [0, 0];
  return (geometry) => {
    const projected = mapCoordinates(geometry, project);
    const simple =
      projected.type === 'Polygon' ||
      projected.type === 'MultiPolygon' ||
      projected.type === 'LineString' ||
      projected.type === 'MultiLineString'
        ? simplify(projected, { tolerance: simplifyTolerancePx, mutate: true })
        : projected;
    return compactPath(draw(simple) ?? '');
  };
}

function mapCoordinates(geometry: Geometry, f: (p: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(f) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((l) => l.map(f)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((p) => p.map((l) => l.map(f))),
      };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((g) => mapCoordinates(g, f)),
      };
  }
}

/** The closing chapter's line from the district's centre to Wuhan, as the live map draws it. */
function wuhanLink(geo: GeoLayers, path: PathOf): string {
  const district = geo.context.features.find((c) => c.properties.code === DISTRICT_CODE);
  const wuhan = geo.context.features.find(
    (c) => c.properties.code === WUHAN_CODE && c.geometry.type === 'Point',
  );
  if (!district || wuhan?.geometry.type !== 'Point') return '';
  const [w, s, e, nn] = bboxOf(district.geometry);
  return path({
    type: 'LineString',
    coordinates: [[(w + e) / 2, (s + nn) / 2], wuhan.geometry.coordinates],
  });
}

function bboxOf(geometry: Geometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  mapCoordinates(geometry, (p) => {
    box[0] = Math.min(box[0], p[0]!);
    box[1] = Math.min(box[1], p[1]!);
    box[2] = Math.max(box[2], p[0]!);
    box[3] = Math.max(box[3], p[1]!);
    return p;
  });
  return box;
}

/** Linear interpolation of a zoom-dependent size, clamped like MapLibre's `interpolate`. */
function byZoom(zoom: number, z0: number, v0: number, z1: number, v1: number): number {
  const k = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return v0 + k * (v1 - v0);
}

/** Dots and labels, in the outer SVG: positions in % of the frame, sizes in px. */
function pointSymbols(input: StaticMapInput, frame: StaticFrame, area: Area, t: MapTheme): string {
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
  const activePlaces = new Set(view.places);
  const dots = { quiet: [] as string[], active: [] as string[], seats: [] as string[] };
  for (const f of geo.places.features) {
    const p = at(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
    if (!inArea(p)) continue;
    const kind = f.properties.kind;
    if (kind === 'village' || kind === 'community') {
      if (activePlaces.has(f.properties.id)) dots.active.push(circle(p, byZoom(zoom, 9, 5, 13, 8)));
      else if (zoom >= placeDotMinZoom) dots.quiet.push(circle(p, byZoom(zoom, 9, 1.5, 13, 4)));
    } else if (view.layers.includes('township-seats')) {
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
    (f) => f.properties.kind === 'city' && view.cities.includes(f.properties.code),
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
  for (const l of townshipLabels.filter((l) => view.townships.includes(l.code))) {
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
    for (const l of townshipLabels.filter((l) => !view.townships.includes(l.code))) {
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

function group(attributes: string, children: readonly string[]): string {
  if (children.length === 0) return '';
  return `<g ${attributes}>${children.join('')}</g>`;
}

/** Lines stay their pixel width however large the picture is drawn, as on the live map. */
const keepStroke = ' vector-effect="non-scaling-stroke"';

function pathEl(d: string, attributes: string): string {
  return d ? `<path ${attributes ? attributes + ' ' : ''}d="${d}"${keepStroke}/>` : '';
}

/** A number with at most one decimal, without trailing zeros. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A position as a percentage of the frame, to 0.01 % (well under a pixel on any screen). */
function pct(value: number, of: number): string {
  return `${Math.round((value / of) * 10000) / 100}%`;
}
