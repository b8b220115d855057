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
import { DISTRICT_CODE } from '../../shared/codes.ts';
import type { GeoLayers } from '../../shared/geo-schema.ts';
import { escapeHtml } from '../../shared/html.ts';
import type { Script } from '../../shared/model.ts';
import { theme, type MapTheme } from '../../shared/theme.ts';
import { langTag } from '../../shared/ui-strings.ts';
import { framingOf, staticFrame, type Size } from './static-map-frame.ts';
import { highlighted as highlightedIds, type StaticMapView } from './static-map-view.ts';
import { pathMaker, wuhanLink } from './static-map-geometry.ts';
import { pointSymbols } from './static-map-symbols.ts';
import { group, keepStroke, n, pathEl, scaleArea } from './svg-markup.ts';

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

/**
 * Geometry drawn beyond a pane picture's frame on each side, as a share of the frame's
 * larger side: enough for panes from about 1:2 to 2:1 around any chapter's frame.
 */
const paneBleed = 0.75;
/** Narrowest and widest shape (width / height) of a figure: a sliver of a frame is widened. */
const figureAspect = { min: 0.75, max: 1.6 };

/** A line drawn along a shape already drawn as a fill (its attributes override the group's). */
function useOf(shapeId: string, attributes = ''): string {
  return `<use href="#${shapeId}"${attributes}/>`;
}

/** The chapter's map as an SVG string. */
export function renderStaticMap(input: StaticMapInput): string {
  const { geo, view, script } = input;
  const t = input.colours ?? theme;
  const pane = input.mode === 'pane';
  const framing = framingOf(view.map.camera, input.size);
  const frame = staticFrame(framing, input.size, pane ? undefined : figureAspect);
  const id = `${input.idPrefix ?? 'static-map'}-${view.chapterId}`;
  const bleed = pane ? paneBleed * Math.max(frame.width, frame.height) : 0;
  const naturalScale = pane ? frame.maxScale : 1;
  const area = { x0: -bleed, y0: -bleed, x1: frame.width + bleed, y1: frame.height + bleed };
  // The pane's picture is inline in every page and goes when the live map has drawn:
  // whole units (under 1 px on screen) keep it about a third smaller than tenths would.
  const path = pathMaker(frame, area, pane ? 0 : 1);
  const active = new Set(highlightedIds(view.map, 'townships'));

  // Two passes. Fills are drawn without antialiasing: their edges lie under the lines drawn
  // next, so nothing shows (the prefecture's edge, which has no line, is a shade off the
  // background and mostly outside the frame). Rasterising antialiased filled-and-stroked
  // paths was most of the first paint's cost in the bench (about 0.4 s on software WebGL;
  // see README). Lines then reuse each filled shape through <use>, antialiased, with
  // `fill="none"` (in the pane, not antialiased on dense screens: static-map.css).
  const fills: string[] = [
    `<rect x="${n(area.x0)}" y="${n(area.y0)}" width="${n(area.x1 - area.x0)}" height="${n(area.y1 - area.y0)}" fill="${t.background}"/>`,
  ];
  const lines: string[] = [];
  const context = geo.context.features;
  for (const f of context.filter((c) => c.properties.kind === 'prefecture')) {
    fills.push(pathEl(path(f.geometry), `fill="${t.prefectureFill}"`));
  }
  const counties = context
    .filter((c) => c.properties.kind === 'county')
    .map((f) => path(f.geometry))
    .filter((d) => d !== '');
  fills.push(
    group(
      `fill="${t.countyFill}"`,
      counties.map((d, i) => pathEl(d, `id="${id}-c${i}"`)),
    ),
  );
  lines.push(
    group(
      `stroke="${t.countyLine}" stroke-width=".8"`,
      counties.map((_, i) => useOf(`${id}-c${i}`)),
    ),
  );
  const district = context.find((c) => c.properties.kind === 'district');
  const districtD = district ? path(district.geometry) : '';
  // A shape with a line takes its fill from a group, never its own attribute: the line's
  // <use> would copy it.
  if (districtD) fills.push(group(`fill="${t.districtFill}"`, [pathEl(districtD, `id="${id}-d"`)]));

  const quiet: string[] = [];
  const highlighted: string[] = [];
  const townshipLines: string[] = [];
  const outlines: string[] = [];
  for (const f of geo.townships.features) {
    const d = f.geometry ? path(f.geometry) : '';
    if (!d) continue;
    const code = f.properties.code;
    const shapeId = `${id}-t${code}`;
    townshipLines.push(useOf(shapeId));
    if (!active.has(code)) {
      quiet.push(pathEl(d, `id="${shapeId}"`));
      continue;
    }
    highlighted.push(pathEl(d, `id="${shapeId}"`));
    // Derived areas (and a township standing in for a place without a point) are dashed.
    const dashed =
      f.properties.boundary !== 'sourced' ||
      view.map.approximate.some((a) => a.code.startsWith(code) && a.code !== code);
    outlines.push(
      useOf(
        shapeId,
        dashed ? ` stroke="${t.approximateLine}" stroke-dasharray="4 3" class="approximate"` : '',
      ),
    );
  }
  fills.push(group(`fill="${t.townshipFill}"`, quiet));
  fills.push(group(`fill="${t.accentFill}" fill-opacity=".75"`, highlighted));
  lines.push(group(`stroke="${t.townshipLine}" stroke-width="1"`, townshipLines));
  lines.push(group(`stroke="${t.accent}" stroke-width="2"`, outlines));
  if (districtD) {
    const districtActive = highlightedIds(view.map, 'context').includes(DISTRICT_CODE);
    const [colour, width] = districtActive ? [t.accent, 3] : [t.districtLine, 1.8];
    lines.push(useOf(`${id}-d`, ` stroke="${colour}" stroke-width="${width}"`));
  }
  const link = view.map.layers.includes('wuhan-link') ? wuhanLink(geo, path) : '';
  if (link) {
    lines.push(
      `<path d="${link}" stroke="${t.accent}" stroke-width="2.5" stroke-dasharray="2.5 5" stroke-linecap="round"${keepStroke}/>`,
    );
  }
  const geometry =
    group('shape-rendering="crispEdges"', fills) +
    group('class="sm-lines" fill="none" stroke-linejoin="round"', lines);

  let symbols = pointSymbols(input, frame, area, t);
  if (pane && input.narrowSize) {
    const narrow = staticFrame(framing, input.narrowSize);
    // The same frame at another zoom: positions are shares of the frame, so they agree.
    symbols =
      group('class="sm-wide"', [symbols]) +
      group('class="sm-narrow"', [
        pointSymbols(input, narrow, scaleArea(area, narrow.width / frame.width), t),
      ]);
  }
  // The text alternative is the chapter's map note, as the model words it.
  const title = view.map.note[script];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="static-map-svg" data-chapter="${escapeHtml(view.chapterId)}"` +
    ` width="${n(frame.width * naturalScale)}" height="${n(frame.height * naturalScale)}"` +
    ` overflow="visible" role="img" aria-labelledby="${id}-title" lang="${langTag(script)}">` +
    `<title id="${id}-title">${escapeHtml(title)}</title>` +
    `<svg viewBox="0 0 ${n(frame.width)} ${n(frame.height)}" width="100%" height="100%" overflow="visible">` +
    `${geometry}</svg>` +
    symbols +
    `</svg>`
  );
}
