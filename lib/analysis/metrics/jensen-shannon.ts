// Jensen-Shannon divergence (base 2, so 0..1) of two count or probability vectors of equal length.

export function jensenShannon(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i];
    sq += q[i];
  }
  if (sp === 0 || sq === 0) return sp === sq ? 0 : 1;
  let d = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / sp;
    const b = q[i] / sq;
    const m = (a + b) / 2;
    if (a > 0) d += a * Math.log2(a / m);
    if (b > 0) d += b * Math.log2(b / m);
  }
  return Math.max(0, d / 2);
}

/** A distribution prepared for many JSD comparisons: normalised shares and Σ p ln p. */
export type JsdPart = { p: Float64Array; plogp: number };

/** Null when the counts sum to 0 (jensenShannon's special cases apply). */
export function jsdPart(counts: ArrayLike<number>): JsdPart | null {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  if (total === 0) return null;
  const p = new Float64Array(counts.length);
  let plogp = 0;
  for (let i = 0; i < counts.length; i++) {
    const a = counts[i] / total;
    p[i] = a;
    if (a > 0) plogp += a * Math.log(a);
  }
  return { p, plogp };
}

/**
 * The same divergence as jensenShannon, one logarithm per entry instead of two:
 * JSD = ½ (Σ a ln a + Σ b ln b − Σ (a + b) ln((a + b) / 2)) / ln 2.
 */
export function jensenShannonParts(x: JsdPart, y: JsdPart): number {
  const a = x.p;
  const b = y.p;
  let cross = 0;
  for (let i = 0; i < a.length; i++) {
    const s = a[i] + b[i];
    if (s > 0) cross += s * Math.log(s / 2);
  }
  return Math.max(0, (x.plogp + y.plogp - cross) / (2 * Math.LN2));
}
