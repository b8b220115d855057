import { describe, expect, it } from 'vitest';
import { formatRatio, formatSummary, formatTable, formatValue } from './table.ts';
import { summarize } from './stats.ts';

describe('formatValue', () => {
  it('rounds ms and counts, keeps one decimal for sizes, dashes a missing value', () => {
    expect(formatValue(1234.56, 'ms')).toBe('1235');
    expect(formatValue(7, 'n')).toBe('7');
    expect(formatValue(301.449, 'KiB')).toBe('301.4');
    expect(formatValue(null, 'ms')).toBe('–');
  });
});

describe('formatSummary', () => {
  it('shows the median with the range when runs differ', () => {
    expect(formatSummary(summarize([100, 300, 200]), 'ms')).toBe('200 (100–300)');
    expect(formatSummary(summarize([5, 5]), 'n')).toBe('5');
    expect(formatSummary(summarize([null]), 'ms')).toBe('–');
  });
});

describe('formatRatio', () => {
  it('divides the medians', () => {
    expect(formatRatio(summarize([150]), summarize([100]))).toBe('1.50×');
    expect(formatRatio(summarize([1]), summarize([0]))).toBe('–');
  });
});

describe('formatTable', () => {
  it('lines every row up under its header', () => {
    const text = formatTable([
      {
        label: 'FCP',
        unit: 'ms',
        desktop: { project: summarize([460]), baseline: summarize([500]) },
        phone: { project: summarize([1052, 1100]), baseline: summarize([1616]) },
      },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('0.92×');
    expect(lines[2]).toContain('1076 (1052–1100)');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});
