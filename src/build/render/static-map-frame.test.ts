import { describe, expect, it } from 'vitest';
import { cameraPadding, frameBBox } from '../../shared/framing.ts';
import type { BBox } from '../../shared/model.ts';
import {
  fitZoom,
  framingOf,
  mercatorAtZoom0,
  staticFrame,
  widenToAspect,
} from './static-map-frame.ts';

const district: BBox = [114.182152, 37.885644, 114.51, 38.274255];

describe('static map framing', () => {
  it('projects like Web Mercator in MapLibre pixels at zoom 0', () => {
    expect(mercatorAtZoom0(0, 0)).toEqual([256, 256]);
    expect(mercatorAtZoom0(-180, 0)[0]).toBe(0);
    expect(mercatorAtZoom0(0, 85.0511287798)[1]).toBeCloseTo(0, 3);
  });

  it('picks the largest zoom at which the box fits inside the padded container', () => {
    const size = { width: 577, height: 750 };
    const zoom = fitZoom(district, size, 22);
    const pad = cameraPadding(size.width, size.height);
    const [x0, y0] = mercatorAtZoom0(district[0], district[3]);
    const [x1, y1] = mercatorAtZoom0(district[2], district[1]);
    const w = (x1 - x0) * 2 ** zoom;
    const h = (y1 - y0) * 2 ** zoom;
    expect(w).toBeLessThanOrEqual(size.width - pad.left - pad.right + 1e-9);
    expect(h).toBeLessThanOrEqual(size.height - pad.top - pad.bottom + 1e-9);
    expect(
      Math.max(w / (size.width - pad.left - pad.right), h / (size.height - pad.top - pad.bottom)),
    ).toBeCloseTo(1, 9);
  });

  it('never passes the chapter’s maxZoom', () => {
    expect(fitZoom([114.45, 37.94, 114.45, 37.94], { width: 4000, height: 4000 }, 13)).toBe(13);
  });

  it('puts the padded box’s north-west corner at 0,0 and its south-east at width,height', () => {
    const frame = staticFrame(
      { box: frameBBox(district), maxZoom: 12 },
      { width: 390, height: 306 },
    );
    expect(frame.box).toEqual(frameBBox(district));
    const [nwX, nwY] = frame.projection([frame.box[0], frame.box[3]])!;
    const [seX, seY] = frame.projection([frame.box[2], frame.box[1]])!;
    expect(nwX).toBeCloseTo(0, 9);
    expect(nwY).toBeCloseTo(0, 9);
    expect(seX).toBeCloseTo(frame.width, 9);
    expect(seY).toBeCloseTo(frame.height, 9);
    expect(frame.maxScale).toBeCloseTo(2 ** (12 - frame.zoom), 9);
  });

  it('widens a sliver of a box about its centre to the narrowest allowed shape', () => {
    const sliver: BBox = [114.18, 30.58, 114.51, 38.27];
    const wide = widenToAspect(sliver, { min: 0.75, max: 1.6 });
    const [x0, y0] = mercatorAtZoom0(wide[0], wide[3]);
    const [x1, y1] = mercatorAtZoom0(wide[2], wide[1]);
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(0.75, 9);
    expect(wide[1]).toBeCloseTo(sliver[1], 9);
    expect(wide[3]).toBeCloseTo(sliver[3], 9);
    expect((wide[0] + wide[2]) / 2).toBeCloseTo((sliver[0] + sliver[2]) / 2, 9);
  });
});

describe('framingOf', () => {
  const size = { width: 600, height: 500 };
  const target = { bounds: district, maxZoom: 12 };
  const centreOf = (box: BBox) => {
    const [x0, y0] = mercatorAtZoom0(box[0], box[3]);
    const [x1, y1] = mercatorAtZoom0(box[2], box[1]);
    return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, w: x1 - x0, h: y1 - y0 };
  };

  it('frames the target’s bounds with their margin when no camera hint is written', () => {
    expect(framingOf(target, size)).toEqual({ box: frameBBox(district), maxZoom: 12 });
  });

  it('shows a hinted centre and zoom: the box fits at exactly that zoom, about that centre', () => {
    const hint = { center: [114.2, 38.1] as [number, number], zoom: 11.5 };
    const framing = framingOf({ ...target, hint }, size);
    expect(fitZoom(framing.box, size, framing.maxZoom)).toBeCloseTo(11.5, 9);
    const c = centreOf(framing.box);
    const [hx, hy] = mercatorAtZoom0(...hint.center);
    expect(c.x).toBeCloseTo(hx, 9);
    expect(c.y).toBeCloseTo(hy, 9);
  });

  it('moves the framed box to a hinted centre, keeping its size', () => {
    const hint = { center: [114.5, 38.3] as [number, number] };
    const moved = centreOf(framingOf({ ...target, hint }, size).box);
    const framed = centreOf(frameBBox(district));
    const [hx, hy] = mercatorAtZoom0(...hint.center);
    expect(moved.x).toBeCloseTo(hx, 9);
    expect(moved.y).toBeCloseTo(hy, 9);
    expect(moved.w).toBeCloseTo(framed.w, 9);
    expect(moved.h).toBeCloseTo(framed.h, 9);
  });

  it('keeps the framed centre under a hinted zoom alone', () => {
    const framing = framingOf({ ...target, hint: { zoom: 9 } }, size);
    expect(fitZoom(framing.box, size, framing.maxZoom)).toBeCloseTo(9, 9);
    const framed = centreOf(frameBBox(district));
    expect(centreOf(framing.box).x).toBeCloseTo(framed.x, 9);
    expect(centreOf(framing.box).y).toBeCloseTo(framed.y, 9);
  });
});
