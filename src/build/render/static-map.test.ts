import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadGeoData } from '../node/load-geo.ts';
import { frameBBox } from '../../shared/framing.ts';
import type { GeoLayers } from '../../shared/geo-schema.ts';
import type { BBox, MapFeatureRef, MapState } from '../../shared/model.ts';
import { theme } from '../../shared/theme.ts';
import { renderStaticMap, type StaticMapInput } from './static-map.ts';
import { fitZoom, mercatorAtZoom0 } from './static-map-frame.ts';
import type { StaticMapView } from './static-map-view.ts';
import { figureSize } from './static-maps.ts';

const geo: GeoLayers = await loadGeoData(path.resolve(import.meta.dirname, '../../../geo'));

const SHANGZHAI = '130110202';
const BEIZHAI = '130110202203';
const desktop = { width: 577, height: 750 };

/** The <use> elements in the group that outlines highlighted townships. */
const outlines = (svg: string): string[] =>
  svg
    .match(new RegExp(`<g stroke="${theme.accent}" stroke-width="2">(.*?)</g>`))?.[1]
    ?.match(/<use [^>]*>/g) ?? [];

/** What a test changes in a chapter's view: its id, the camera, and the map state's fields. */
interface ViewChange extends Partial<Omit<MapState, 'camera'>> {
  chapterId?: string;
  bounds?: BBox;
}

const township = (id: string): MapFeatureRef => ({ source: 'townships', id });
const districtRef: MapFeatureRef = { source: 'context', id: '130110' };

/** A chapter's view as the model gives it: the village 北寨村, shown through 上寨鄉. */
function view(over: ViewChange = {}): StaticMapView {
  const {
    chapterId = 'beizhai',
    bounds = [114.25862, 37.88865, 114.359685, 37.95563],
    ...map
  } = over;
  return {
    chapterId,
    map: {
      camera: { bounds, maxZoom: 12 },
      highlights: [township(SHANGZHAI)],
      cities: [],
      layers: [],
      approximate: [
        {
          code: BEIZHAI,
          name: { hant: '北寨村', hans: '北寨村' },
          shownAs: { hant: '上寨鄉', hans: '上寨乡' },
        },
      ],
      derivedArea: true,
      note: {
        hant: '地圖顯示：上寨鄉（北寨村位置約略）',
        hans: '地图显示：上寨乡（北寨村位置约略）',
      },
      ...map,
    },
  };
}

const render = (over: Partial<StaticMapInput> = {}): string =>
  renderStaticMap({ geo, view: view(), script: 'hant', size: desktop, ...over });

/** Attribute `name` of the first element matching `tag` (with optional attribute filter). */
function attr(svg: string, element: RegExp, name: string): string | undefined {
  const tag = svg.match(element)?.[0];
  return tag?.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

/** Every absolute point of a compact path (M absolute, l relative). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const numbers = (args ?? '').match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      if (command === 'M') [x, y] = [numbers[i]!, numbers[i + 1]!];
      else [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
      points.push([x, y]);
    }
  }
  return points;
}

describe('renderStaticMap', () => {
  it('gives the same bytes for the same input', () => {
    expect(render()).toBe(render());
    expect(render({ mode: 'pane' })).toBe(render({ mode: 'pane' }));
  });

  it('frames the padded bounds exactly as MapLibre fits them: the viewBox is the projected frame', () => {
    const svg = render({ mode: 'pane' });
    const box = frameBBox(view().map.camera.bounds);
    const zoom = fitZoom(box, desktop, 12);
    const [x0, y0] = mercatorAtZoom0(box[0], box[3]);
    const [x1, y1] = mercatorAtZoom0(box[2], box[1]);
    const [w, h] = [(x1 - x0) * 2 ** zoom, (y1 - y0) * 2 ** zoom];
    const viewBox = attr(svg, /<svg viewBox="[^"]*"/, 'viewBox')!
      .split(' ')
      .map(Number);
    expect(viewBox[0]).toBe(0);
    expect(viewBox[1]).toBe(0);
    expect(viewBox[2]).toBeCloseTo(w, 1);
    expect(viewBox[3]).toBeCloseTo(h, 1);
    // The padded container is filled in one direction, as fitBounds does.
    const pad = 46; // cameraPadding(577, 750): round(0.08 * 577)
    const fillsWidth = Math.abs(w - (desktop.width - 2 * pad)) < 0.01;
    const fillsHeight = Math.abs(h - (desktop.height - 2 * pad - 24)) < 0.01;
    expect(fillsWidth || fillsHeight).toBe(true);
    // Natural size: the frame at maxZoom, so CSS max-width/height caps it like maxZoom does.
    const outer = svg.match(/^<svg [^>]*>/)![0];
    expect(Number(attr(outer, /.*/, 'width'))).toBeCloseTo(w * 2 ** (12 - zoom), 0);
    expect(Number(attr(outer, /.*/, 'height'))).toBeCloseTo(h * 2 ** (12 - zoom), 0);
  });

  it('draws the chapter’s township with the highlight fill and its derived area dashed', () => {
    const svg = render();
    const highlight = new RegExp(
      `<g fill="${theme.accentFill}" fill-opacity=".75"[^>]*><path id="static-map-beizhai-t${SHANGZHAI}"`,
    );
    expect(svg).toMatch(highlight);
    const outline = outlines(svg);
    // Only the chapter's township is outlined.
    expect(outline).toHaveLength(1);
    expect(outline[0]).toContain(`href="#static-map-beizhai-t${SHANGZHAI}"`);
    expect(outline[0]).toContain('stroke-dasharray="4 3"');
    expect(outline[0]).toContain(`stroke="${theme.approximateLine}"`);
  });

  it('draws a sourced boundary solid, unless it stands in for a place without a point', () => {
    const sourced = structuredClone(geo);
    for (const f of sourced.townships.features) f.properties.boundary = 'sourced';
    const exact = renderStaticMap({
      geo: sourced,
      view: view({ approximate: [] }),
      script: 'hant',
      size: desktop,
    });
    expect(outlines(exact)[0]).not.toContain('stroke-dasharray');
    const standIn = renderStaticMap({
      geo: sourced,
      view: view(),
      script: 'hant',
      size: desktop,
    });
    expect(outlines(standIn).find((u) => u.includes('t130110202"'))).toContain('stroke-dasharray');
  });

  it('fills shapes without antialiasing and draws every shape’s line over all fills (antialiased unless the page’s CSS says otherwise)', () => {
    const svg = render({ mode: 'pane' });
    const fills = svg.match(/<g shape-rendering="crispEdges">(.*?)<\/g><g class="sm-lines"/)?.[1];
    // The line pass is one group static-map.css can name (crisp on dense screens).
    const lines = svg.match(
      /<g class="sm-lines" fill="none" stroke-linejoin="round">(.*)<\/svg><g/,
    )?.[1];
    expect(fills).toBeDefined();
    expect(lines).toBeDefined();
    // No line is drawn in the fill pass, and no fill in the line pass.
    expect(fills).not.toMatch(/stroke=/);
    expect(lines).not.toMatch(/<path id=/);
    expect(lines).not.toContain('shape-rendering');
    // Every shape is filled once, in the fill pass, and has its line.
    const shapeIds = [...fills!.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
    expect(shapeIds).toContain('static-map-beizhai-d');
    expect(shapeIds).toContain(`static-map-beizhai-t${SHANGZHAI}`);
    expect(svg.match(/<path id=/g)).toHaveLength(shapeIds.length);
    // A shape's own fill would be copied into its line's <use>, filling over what lies beneath.
    expect(fills).not.toMatch(/<path id="[^"]*"[^>]* fill=/);
    for (const shapeId of shapeIds) expect(lines).toContain(`<use href="#${shapeId}"`);
  });

  it('labels in the requested script, with its language and a CJK font stack', () => {
    const hans = render({ script: 'hans' });
    expect(hans).toContain('>上寨乡</text>');
    expect(hans).not.toContain('>上寨鄉</text>');
    expect(attr(hans, /^<svg [^>]*>/, 'lang')).toBe('zh-Hans');
    expect(hans).toMatch(/font-family="'Noto Sans CJK SC'/);
    const hant = render();
    expect(hant).toContain('>上寨鄉</text>');
    expect(attr(hant, /^<svg [^>]*>/, 'lang')).toBe('zh-Hant');
    expect(hant).toMatch(/font-family="'Noto Sans CJK TC'/);
  });

  it('has the chapter’s map note as its title, referenced by aria-labelledby', () => {
    const svg = render();
    expect(attr(svg, /^<svg [^>]*>/, 'role')).toBe('img');
    const id = attr(svg, /^<svg [^>]*>/, 'aria-labelledby');
    expect(svg).toContain(`<title id="${id}">${view().map.note.hant}</title>`);
    expect(render({ script: 'hans' })).toContain(`>${view().map.note.hans}</title>`);
  });

  it('keeps every coordinate within the drawn area, to one decimal', () => {
    for (const mode of ['figure', 'pane'] as const) {
      const svg = render({ mode });
      const [, , w, h] = attr(svg, /<svg viewBox="[^"]*"/, 'viewBox')!
        .split(' ')
        .map(Number);
      const bleed = mode === 'pane' ? Math.max(w!, h!) : 0;
      const ds = [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]!);
      expect(ds.length).toBeGreaterThan(3);
      for (const d of ds) {
        expect(d).not.toMatch(/\d\.\d\d/);
        for (const [x, y] of pathPoints(d)) {
          expect(x).toBeGreaterThanOrEqual(-bleed - 0.1);
          expect(x).toBeLessThanOrEqual(w! + bleed + 0.1);
          expect(y).toBeGreaterThanOrEqual(-bleed - 0.1);
          expect(y).toBeLessThanOrEqual(h! + bleed + 0.1);
        }
      }
    }
  });

  it('draws the Wuhan line only when the chapter turns its layer on', () => {
    const closing = view({
      chapterId: 'closing',
      bounds: [114.182152, 30.583333, 114.509991, 38.274255],
      highlights: [districtRef],
      approximate: [],
      cities: ['420100'],
    });
    const withLink = render({
      view: { ...closing, map: { ...closing.map, layers: ['wuhan-link'] } },
    });
    const without = render({ view: closing });
    expect(withLink).toContain('stroke-dasharray="2.5 5"');
    expect(without).not.toContain('stroke-dasharray="2.5 5"');
    expect(withLink).toContain('>武漢市</text>');
  });

  it('draws dots and labels twice for a pane picture with a phone size, one set per layout', () => {
    const svg = render({ mode: 'pane', narrowSize: { width: 390, height: 306 } });
    expect(svg).toContain('<g class="sm-wide">');
    expect(svg).toContain('<g class="sm-narrow">');
  });

  it('stays small: under 16 KB (5 KB gzip) as a figure, 30 KB (10 KB gzip) as a pane picture', () => {
    const district = view({
      chapterId: 'lede',
      bounds: [114.182152, 37.885644, 114.51, 38.274255],
      highlights: [districtRef],
      approximate: [],
      cities: ['130100'],
    });
    const figure = render({ view: district, size: figureSize });
    expect(Buffer.byteLength(figure)).toBeLessThan(16_000);
    expect(gzipSync(figure).length).toBeLessThan(5_000);
    const pane = render({ view: district, mode: 'pane', narrowSize: { width: 390, height: 306 } });
    expect(Buffer.byteLength(pane)).toBeLessThan(30_000);
    expect(gzipSync(pane).length).toBeLessThan(10_000);
  });
});
