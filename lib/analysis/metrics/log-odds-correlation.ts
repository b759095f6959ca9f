// Inherited vocabulary: how far a candidate over- and under-uses the same words as a source does. Each
// corpus' words get a Monroe log-odds z against the sources pooled (the same background for every corpus,
// so adding a candidate never changes another's score); the metric is the Pearson correlation of two
// corpora's z vectors. A student copies its teacher's distinctive word choices, so its z vector follows the
// teacher's; a shared base model shows far less here than in function-word rates or character n-grams.

import { logOddsZ, type LogOddsInput } from "@/lib/analysis/metrics/log-odds";

/**
 * Log-odds z of each word of `counts` (total `total`) against the background `pool` (total `poolTotal`);
 * with `inPool` the counts are part of the pool and are taken out of the comparison group (the prior keeps
 * the whole pool's shares).
 */
export function logOddsProfile(counts: ArrayLike<number>, total: number, pool: ArrayLike<number>, poolTotal: number, alpha0: number, inPool = false): Float64Array {
  const out = new Float64Array(counts.length);
  const otherTotal = poolTotal - (inPool ? total : 0);
  if (total <= 0 || otherTotal <= 0) return out;
  const input: LogOddsInput = { focus: 0, focusTotal: total, other: 0, otherTotal, backgroundShare: 0, alpha0 };
  for (let j = 0; j < counts.length; j++) {
    input.focus = counts[j];
    input.other = pool[j] - (inPool ? counts[j] : 0);
    input.backgroundShare = pool[j] / poolTotal;
    out[j] = logOddsZ(input);
  }
  return out;
}

/** Pearson correlation (0 when either vector is constant). */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n < 2) return 0;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i] - ma;
    const y = b[i] - mb;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}
