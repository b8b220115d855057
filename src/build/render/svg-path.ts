/**
 * A compact form of d3-geo's path strings. d3 writes absolute commands (`M`, `L`, `Z`);
 * relative ones with small deltas take about a third fewer bytes. Deltas are taken between
 * coordinates already rounded to 0.1, so no rounding error accumulates along a ring.
 */

/** Rewrite an absolute M/L/Z path (as d3-geo writes it) with relative `l` segments. */
export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let inLine = false;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      inLine = false;
      continue;
    }
    const [px, py] = (args ?? '').split(',').map((v) => Math.round(Number(v) * 10));
    if (px === undefined || py === undefined || Number.isNaN(px) || Number.isNaN(py)) {
      throw new Error(`compactPath: cannot read "${command}${args ?? ''}"`);
    }
    if (command === 'M') {
      out += `M${tenths(px)}${sep(tenths(py))}`;
      inLine = false;
    } else {
      const dx = tenths(px - x);
      out += (inLine ? sep(dx) : `l${dx}`) + sep(tenths(py - y));
      inLine = true;
    }
    x = px;
    y = py;
  }
  return out;
}

/** A value in tenths as a short decimal: 12 → "1.2", -5 → "-.5", 30 → "3". */
function tenths(v: number): string {
  const s = String(v / 10);
  return s.replace(/^(-?)0\./, '$1.');
}

/** A number after another: a minus sign separates by itself, otherwise a space. */
function sep(s: string): string {
  return s.startsWith('-') ? s : ` ${s}`;
}
