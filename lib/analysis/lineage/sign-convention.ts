// Eigenvectors are defined up to sign: make the largest-magnitude entry positive so plots never flip between
// runs. Near-ties (within 1e-9 relative) go to the first index, which keeps symmetric layouts deterministic.
export function orientationSign(vector: number[]): 1 | -1 {
  let max = 0;
  for (const x of vector) max = Math.max(max, Math.abs(x));
  if (max === 0) return 1;
  const first = vector.find((x) => Math.abs(x) >= max * (1 - 1e-9))!;
  return first < 0 ? -1 : 1;
}
