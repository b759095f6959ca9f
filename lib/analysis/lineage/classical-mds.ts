// Classical (Torgerson) MDS: double-centre the squared distances, B = −½ J D² J, and place each label at
// √λ·u for the top two eigenpairs. Negative eigenvalues (non-Euclidean input) give a zero axis.
import { checkDistances, symmetricCopy } from "./check-distances";
import { symmetricEigen } from "./symmetric-eigen";
import { orientationSign } from "./sign-convention";
import type { PlotPoint } from "./pca";

export function classicalMds(d: number[][], labels: string[]): { points: PlotPoint[] } {
  if (labels.length === 0) return { points: [] };
  checkDistances(labels, d, "classicalMds");
  const n = labels.length;
  const sq = symmetricCopy(d).map((row) => row.map((x) => x * x));
  const rowMean = sq.map((row) => row.reduce((a, b) => a + b, 0) / n);
  const grand = rowMean.reduce((a, b) => a + b, 0) / n;
  const b = sq.map((row, i) => row.map((x, j) => -0.5 * (x - rowMean[i] - rowMean[j] + grand)));
  const trace = b.reduce((sum, row, i) => sum + Math.abs(row[i]), 0);
  const { values, vectors } = symmetricEigen(b);
  const axes = [0, 1].map((k) => {
    const value = values[k] ?? 0;
    if (!vectors[k] || value <= 1e-12 * trace) return new Array<number>(n).fill(0);
    const coords = vectors[k].map((u) => Math.sqrt(value) * u);
    const sign = orientationSign(coords);
    return coords.map((c) => sign * c);
  });
  return { points: labels.map((label, i) => ({ label, x: axes[0][i], y: axes[1][i] })) };
}
