/**
 * The value at ascending rank `rank` (0-based) of `values`, as `Float64Array.from(values).sort()[rank]`
 * gives it, in linear expected time (quickselect on a copy, median-of-three pivots). The analysis' space
 * takes its cut-offs this way from ~10^5 scores on its critical path, where sorting them all cost ~20 ms.
 * For values without NaN.
 */
export function kthSmallest(values: ArrayLike<number>, rank: number): number {
  if (rank < 0 || rank >= values.length) throw new RangeError(`rank ${rank} is outside 0..${values.length - 1}`);
  const a = Float64Array.from(values);
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    // a[lo..j] <= pivot <= a[i..hi], and everything strictly between j and i equals the pivot.
    if (rank <= j) hi = j;
    else if (rank >= i) lo = i;
    else return a[rank];
  }
  return a[rank];
}

function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}
