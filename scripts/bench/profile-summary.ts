/**
 * Turns a V8 CPU profile (CDP Profiler) into self time per source file and per function,
 * mapping minified positions back through the build's source maps. Pure apart from the
 * source-map lookups it is handed.
 */

/** The parts of a CDP `Profiler.Profile` used here. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a generated position came from: original file and function name, if known. */
export type Locate = (
  url: string,
  line: number,
  column: number,
) => { source: string; name: string | null } | null;

/** Self time (ms) of each profile node, from its samples and their time deltas. */
export function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    // Each delta is the time since the previous sample: charge it to this sample's node.
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    times.set(id, (times.get(id) ?? 0) + ms);
  });
  return times;
}

/** A row of a summary: a key (file or function) and its self time in ms. */
export interface TimeRow {
  key: string;
  ms: number;
}

/** Sort descending by time and keep the first `limit` rows. */
export function topRows(totals: Map<string, number>, limit: number): TimeRow[] {
  return [...totals]
    .map(([key, ms]) => ({ key, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
}

/** Shorten a source path to what names it: the package path under node_modules, or src/…. */
export function shortSource(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) return source.slice(nm + 'node_modules/'.length);
  const src = source.indexOf('src/');
  return src >= 0 ? source.slice(src) : source;
}

/** Self time by original source file and by function, and totals by V8 category. */
export function summarizeProfile(
  profile: CpuProfile,
  locate: Locate,
  limit = 25,
): { total: number; byFile: TimeRow[]; byFunction: TimeRow[]; byGroup: TimeRow[] } {
  const self = selfTimes(profile);
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byGroup = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    total += ms;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let file: string;
    let fn: string;
    if (!url) {
      // (program), (idle), (garbage collector), (root) and native code.
      file = functionName || '(native)';
      fn = file;
    } else {
      const found = locate(url, lineNumber, columnNumber);
      file = found ? shortSource(found.source) : url.replace(/^https?:\/\/[^/]+/, '');
      fn = `${found?.name ?? (functionName || '(anonymous)')} @ ${file}`;
    }
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byGroup.set(groupOf(file), (byGroup.get(groupOf(file)) ?? 0) + ms);
  }
  return {
    total,
    byFile: topRows(byFile, limit),
    byFunction: topRows(byFunction, limit),
    byGroup: topRows(byGroup, limit),
  };
}

/** A coarse owner for a source file: MapLibre, another package, our code, or V8 itself. */
export function groupOf(file: string): string {
  if (file.startsWith('(')) return file;
  if (file.startsWith('maplibre-gl/')) return 'maplibre-gl';
  if (file.includes('tiny-sdf')) return 'tiny-sdf (glyphs)';
  if (file.startsWith('src/')) return 'our code (src/)';
  const pkg = file.match(/^(@[^/]+\/[^/]+|[^/]+)\//);
  return pkg?.[1] ?? file;
}
