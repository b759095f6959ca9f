/** Linear-interpolated quantile of an unsorted sample (q in 0..1). */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** 95% percentile interval. */
export function percentileInterval(values: number[]): { low: number; high: number } {
  return { low: quantile(values, 0.025), high: quantile(values, 0.975) };
}
