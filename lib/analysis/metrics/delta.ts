// Burrows' Delta and Cosine Delta over z-scored word frequencies (Burrows 2002; Smith & Aldridge 2011;
// Evert et al. 2017). z-scores use the mean and sample standard deviation over the analysis' corpora.

/** Column-wise z-scores of a corpora x features matrix; constant columns become 0. */
export function zScoreColumns(rows: ArrayLike<number>[]): Float64Array[] {
  const n = rows.length;
  const m = n === 0 ? 0 : rows[0].length;
  const out = rows.map(() => new Float64Array(m));
  for (let j = 0; j < m; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += rows[i][j];
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (rows[i][j] - mean) ** 2;
    const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    if (sd === 0) continue;
    for (let i = 0; i < n; i++) out[i][j] = (rows[i][j] - mean) / sd;
  }
  return out;
}

/** Mean absolute difference of z-scores. */
export function burrowsDelta(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0) return 0;
  let s = 0;
  for (let j = 0; j < a.length; j++) s += Math.abs(a[j] - b[j]);
  return s / a.length;
}

/** 1 - cosine similarity of z-score vectors (0 = identical direction, 2 = opposite). */
export function cosineDelta(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return 1 - cosine(a, b);
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let j = 0; j < a.length; j++) {
    ab += a[j] * b[j];
    aa += a[j] * a[j];
    bb += b[j] * b[j];
  }
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}
