export type LengthBin = {
  /** Inclusive integer range of document lengths in this bin. */
  from: number;
  to: number;
  count: number;
};

/**
 * Integer-width bins over document lengths. About sqrt(n) bins (at least 5, at most `maxBins`), widened to a
 * whole number of tokens so every bin covers the same span and no bin straddles a fractional edge.
 */
export function lengthHistogramBins(lengths: number[], maxBins = 40): LengthBin[] {
  if (lengths.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of lengths) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min + 1;
  const target = Math.min(maxBins, Math.max(5, Math.ceil(Math.sqrt(lengths.length))));
  const width = Math.max(1, Math.ceil(span / target));
  const binCount = Math.ceil(span / width);
  const bins: LengthBin[] = Array.from({ length: binCount }, (_, i) => ({
    from: min + i * width,
    to: min + (i + 1) * width - 1,
    count: 0,
  }));
  for (const v of lengths) bins[Math.floor((v - min) / width)].count++;
  return bins;
}

export type LengthSummary = { mean: number; median: number; min: number; max: number };

export function summarizeLengths(lengths: number[]): LengthSummary | null {
  if (lengths.length === 0) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  return { mean, median, min: sorted[0], max: sorted[n - 1] };
}
