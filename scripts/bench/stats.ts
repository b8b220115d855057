/** Small statistics for benchmark samples. Pure functions; nulls mean "not measured". */

/** The `p`-th percentile (0–100) of `values`, linearly interpolated between ranks; null if empty. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (rank - low);
}

/** The median of `values`; null if empty. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

/** Median, min, max and count of the measured (non-null) samples. */
export interface Summary {
  median: number | null;
  min: number | null;
  max: number | null;
  n: number;
}

/** Summarise samples, skipping runs where the figure was not measured (null). */
export function summarize(samples: readonly (number | null)[]): Summary {
  const values = samples.filter((v): v is number => v !== null && Number.isFinite(v));
  return {
    median: median(values),
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    n: values.length,
  };
}

/** project / baseline, or null when either is missing or the baseline is 0. */
export function ratio(project: number | null, baseline: number | null): number | null {
  if (project === null || baseline === null || baseline === 0) return null;
  return project / baseline;
}

/**
 * Total blocking time: the part of each long task beyond 50 ms, counting only what falls
 * inside [from, to]. Tasks are [startTime, duration] in ms.
 */
export function totalBlockingTime(
  tasks: readonly (readonly [number, number])[],
  from: number,
  to: number,
): number {
  let total = 0;
  for (const [start, duration] of tasks) {
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(start + duration, to);
    const inside = clippedEnd - clippedStart;
    if (inside > 50) total += inside - 50;
  }
  return total;
}
