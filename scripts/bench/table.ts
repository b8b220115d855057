import { ratio, type Summary } from './stats.ts';

/** One row of the report: a figure summarised over runs, for both pages at both sizes. */
export interface ReportRow {
  label: string;
  unit: 'ms' | 'KiB' | 'MiB' | 'n';
  desktop: { project: Summary; baseline: Summary };
  phone: { project: Summary; baseline: Summary };
}

/** A number as the table shows it: whole ms and counts, one decimal for sizes. */
export function formatValue(value: number | null, unit: ReportRow['unit']): string {
  if (value === null) return '–';
  return unit === 'ms' || unit === 'n' ? String(Math.round(value)) : value.toFixed(1);
}

/** "median (min–max)" of a summary. */
export function formatSummary(summary: Summary, unit: ReportRow['unit']): string {
  if (summary.median === null) return '–';
  const m = formatValue(summary.median, unit);
  if (summary.n < 2 || summary.min === summary.max) return m;
  return `${m} (${formatValue(summary.min, unit)}–${formatValue(summary.max, unit)})`;
}

/** The project / baseline ratio of medians, two decimals with a ×; '–' when undefined. */
export function formatRatio(project: Summary, baseline: Summary): string {
  const r = ratio(project.median, baseline.median);
  return r === null ? '–' : `${r.toFixed(2)}×`;
}

/** The report as a plain-text table: per size, project, baseline and their ratio. */
export function formatTable(rows: readonly ReportRow[]): string {
  const header = [
    'figure',
    'desktop project',
    'desktop baseline',
    'ratio',
    'phone project',
    'phone baseline',
    'ratio',
  ];
  const cells = rows.map((row) => [
    `${row.label} (${row.unit})`,
    formatSummary(row.desktop.project, row.unit),
    formatSummary(row.desktop.baseline, row.unit),
    formatRatio(row.desktop.project, row.desktop.baseline),
    formatSummary(row.phone.project, row.unit),
    formatSummary(row.phone.baseline, row.unit),
    formatRatio(row.phone.project, row.phone.baseline),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
