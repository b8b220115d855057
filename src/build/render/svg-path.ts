/**
 * A compact form of d3-geo's path strings. d3 writes absolute commands (`M`, `L`, `Z`);
 * relative ones with small deltas take about a third fewer bytes. Deltas are taken between
 * coordinates already rounded (to 0.1, or to whole units), so no rounding error accumulates
 * along a ring.
 */

/**
 * Rewrite an absolute M/L/Z path (as d3-geo writes it) with relative `l` segments, rounded
 * to `decimals` (1: tenths; 0: whole units). A segment that rounds to nothing is dropped.
 */
export function compactPath(d: string, decimals: 0 | 1 = 1): string {
  const scale = decimals === 1 ? 10 : 1;
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
    const [px, py] = (args ?? '').split(',').map((v) => Math.round(Number(v) * scale));
    if (px === undefined || py === undefined || Number.isNaN(px) || Number.isNaN(py)) {
      throw new Error(`compactPath: cannot read "${command}${args ?? ''}"`);
    }
    if (command === 'M') {
      out += `M${short(px, scale)}${sep(short(py, scale))}`;
      inLine = false;
    } else {
      if (decimals === 0 && px === x && py === y) continue;
      const dx = short(px - x, scale);
      out += (inLine ? sep(dx) : `l${dx}`) + sep(short(py - y, scale));
      inLine = true;
    }
    x = px;
    y = py;
  }
  return out;
}

/** A value in 1/`scale` units as a short decimal: 12 tenths → "1.2", -5 → "-.5", 30 → "3". */
function short(v: number, scale: number): string {
  const s = String(v / scale);
  return s.replace(/^(-?)0\./, '$1.');
}

/** A number after another: a minus sign separates by itself, otherwise a space. */
function sep(s: string): string {
  return s.startsWith('-') ? s : ` ${s}`;
}
