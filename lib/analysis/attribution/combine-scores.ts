// Combination: each metric's values for one candidate are turned into similarities (distances negated) and
// standardised across the sources (z); the combined z is the weighted mean of the metric z's, and the
// reported score is its logistic transform (0..1, 0.5 = an average source).

export function standardise(values: number[]): number[] {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
  return values.map((v) => (sd === 0 || !Number.isFinite(sd) ? 0 : (v - mean) / sd));
}

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** metrics: per metric, similarity (higher = more alike) per source; weights by metric name. */
export function combineZ(metrics: Record<string, number[]>, weights: Record<string, number>): number[] {
  const names = Object.keys(metrics);
  const n = metrics[names[0]]?.length ?? 0;
  const out = new Array<number>(n).fill(0);
  let total = 0;
  for (const name of names) {
    const w = weights[name] ?? 1;
    if (w === 0) continue;
    const z = standardise(metrics[name]);
    for (let s = 0; s < n; s++) out[s] += w * z[s];
    total += w;
  }
  return total === 0 ? out : out.map((v) => v / total);
}
