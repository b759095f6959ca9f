// Axis ticks on round numbers (1, 2 or 5 × 10^k), as d3's scale.ticks() picks them: −0.4, −0.2, 0, 0.2, …
// never −24, −8.8, 6.2.

/** The tick step for about `count` ticks over [lo, hi]. */
export function niceStep(lo: number, hi: number, count: number): number {
  const span = Math.abs(hi - lo);
  if (!(span > 0) || count <= 0) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/** [lo, hi] widened to multiples of `step`. */
export function niceDomain(lo: number, hi: number, step: number): [number, number] {
  return [Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step];
}

/** Ticks from lo to hi (inclusive) every `step`, rounded so they print without float noise. */
export function ticksBetween(lo: number, hi: number, step: number): number[] {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const out: number[] = [];
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) out.push(Number((k * step).toFixed(decimals)));
  return out;
}

export function formatTick(v: number, step: number): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return (Object.is(v, -0) ? 0 : v).toFixed(decimals).replace("-", "−");
}
