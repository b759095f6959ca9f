// Combination: each metric's values for one candidate are turned into similarities (distances negated),
// centred across the sources and divided by the metric's spread in the whole analysis (z); the combined z
// is the weighted mean of the metric z's, and the reported score is its logistic transform (0..1, 0.5 = an
// average source). The spread is not the candidate's own row's: with two sources a row's own sd would
// turn every metric into ±0.71, a vote, whatever the size of the gap.

/** A metric's similarities of one candidate to each source, and the metric's spread in the analysis. */
export type MetricView = { values: number[]; scale: number };

/** Centred across the sources, in units of `scale` (0 everywhere when the scale is 0). */
export function centreAndScale({ values, scale }: MetricView): number[] {
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return values.map((v) => (scale > 0 && Number.isFinite(scale) ? (v - mean) / scale : 0));
}

/** Sample sd of a metric's values over corpus pairs. */
export function spread(values: number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
}

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Weighted mean of the metrics' z (per source); weights by metric name. */
export function combineZ(metrics: Record<string, MetricView>, weights: Record<string, number>): number[] {
  const names = Object.keys(metrics);
  const n = metrics[names[0]]?.values.length ?? 0;
  const out = new Array<number>(n).fill(0);
  let total = 0;
  for (const name of names) {
    const w = weights[name] ?? 1;
    if (w === 0) continue;
    const z = centreAndScale(metrics[name]);
    for (let s = 0; s < n; s++) out[s] += w * z[s];
    total += w;
  }
  return total === 0 ? out : out.map((v) => v / total);
}
