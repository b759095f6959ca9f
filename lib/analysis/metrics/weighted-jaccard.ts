/** Σ min(a, b) / Σ max(a, b) over non-negative weights; 0 when both are empty. */
export function weightedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < a.length; i++) {
    const x = Math.max(0, a[i]);
    const y = Math.max(0, b[i]);
    lo += Math.min(x, y);
    hi += Math.max(x, y);
  }
  return hi === 0 ? 0 : lo / hi;
}
