import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { BBox, CameraHint } from '../../shared/model.ts';
import { describeNode, eachField, type FieldIssues } from './yaml-fields.ts';

const CAMERA_KEYS = ['center', 'zoom', 'bearing', 'pitch'] as const;

function numberIn(
  c: FieldIssues,
  node: unknown,
  field: string,
  min: number,
  max: number,
  unit: string,
): number | undefined {
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value)) {
    c.add(
      node,
      `${field} must be a number, found ${describeNode(node)}`,
      `use a number from ${min} to ${max}${unit}`,
    );
    return undefined;
  }
  if (node.value < min || node.value > max) {
    c.add(
      node,
      `${field} ${node.source ?? node.value} is out of range`,
      `use a number from ${min} to ${max}${unit}`,
    );
    return undefined;
  }
  return node.value;
}

/** A chapter's `camera:` hint, every value range-checked; `undefined` when any is wrong. */
export function normalizeCamera(
  c: FieldIssues,
  node: YamlNode | null,
  pair: Pair,
  bounds: BBox | undefined,
): CameraHint | undefined {
  if (!isMap(node)) {
    c.add(
      node ?? pair.key,
      `camera must be a mapping, found ${describeNode(node)}`,
      'write camera: { zoom: 10 } with any of center, zoom, bearing, pitch',
    );
    return undefined;
  }
  const camera: CameraHint = {};
  let ok = true;
  eachField(c, node, CAMERA_KEYS, 'camera', (key, value) => {
    let v: number | undefined;
    switch (key) {
      case 'zoom':
        v = numberIn(c, value, 'camera.zoom', 0, 22, '');
        if (v !== undefined) camera.zoom = v;
        break;
      case 'bearing':
        v = numberIn(c, value, 'camera.bearing', -180, 180, ' (degrees clockwise from north)');
        if (v !== undefined) camera.bearing = v;
        break;
      case 'pitch':
        v = numberIn(c, value, 'camera.pitch', 0, 60, ' (degrees from vertical)');
        if (v !== undefined) camera.pitch = v;
        break;
      case 'center': {
        const center = normalizeCenter(c, value, bounds);
        if (center) camera.center = center;
        else ok = false;
        return;
      }
    }
    if (v === undefined) ok = false;
  });
  return ok ? camera : undefined;
}

function normalizeCenter(
  c: FieldIssues,
  node: YamlNode | null,
  bounds: BBox | undefined,
): [number, number] | undefined {
  if (
    !isSeq(node) ||
    node.items.length !== 2 ||
    !node.items.every((i) => isScalar(i) && typeof i.value === 'number')
  ) {
    c.add(
      node,
      `camera.center must be [lon, lat], found ${describeNode(node)}`,
      'write two numbers in WGS84 degrees, longitude first, e.g. [114.31, 38.08]',
    );
    return undefined;
  }
  const [lonNode, latNode] = node.items;
  const lon = numberIn(c, lonNode, 'camera.center longitude', -180, 180, '');
  const lat = numberIn(c, latNode, 'camera.center latitude', -90, 90, '');
  if (lon === undefined || lat === undefined) return undefined;
  if (bounds) {
    const [w, s, e, n] = bounds;
    if (lon < w || lon > e || lat < s || lat > n) {
      const round = (x: number): string => x.toFixed(2);
      c.add(
        node,
        `camera.center [${lon}, ${lat}] is outside the map's bounds`,
        `use longitude ${round(w)}–${round(e)} and latitude ${round(s)}–${round(n)} (is it [lat, lon] instead of [lon, lat]?)`,
      );
      return undefined;
    }
  }
  return [lon, lat];
}
