// PCA of corpus profiles through the n×n Gram matrix: rows (corpora, ≤ ~60) are far fewer than columns
// (MFW, ≤ ~5000), so the eigen problem stays tiny. Columns are centred here; scaling is the caller's choice.
import { symmetricEigen } from "./symmetric-eigen";
import { orientationSign } from "./sign-convention";

export type PlotPoint = { label: string; x: number; y: number };
export type PcaResult = { points: PlotPoint[]; explained: [number, number] };

export function pca(rows: number[][], labels: string[]): PcaResult {
  if (rows.length !== labels.length) throw new Error(`pca: ${labels.length} labels but ${rows.length} rows`);
  if (rows.length === 0) return { points: [], explained: [0, 0] };
  const p = rows[0].length;
  if (rows.some((r) => r.length !== p)) throw new Error("pca: rows differ in length");
  if (rows.some((r) => r.some((x) => !Number.isFinite(x)))) throw new Error("pca: non-finite value");

  const centred = centreColumns(rows);
  const gram = centred.map((a) => centred.map((b) => dot(a, b)));
  const total = gram.reduce((sum, row, i) => sum + row[i], 0);
  const { values, vectors } = symmetricEigen(gram);
  const axes = [0, 1].map((k) => scores(centred, values[k] ?? 0, vectors[k], total));
  return {
    points: labels.map((label, i) => ({ label, x: axes[0].scores[i], y: axes[1].scores[i] })),
    explained: [axes[0].explained, axes[1].explained],
  };
}

// Component k of X = U S Vᵀ: scores are s·u, loadings Xᵀu / s (used only to fix the sign).
function scores(x: number[][], value: number, u: number[] | undefined, total: number) {
  const n = x.length;
  if (!u || total <= 0 || value <= 1e-12 * total) return { scores: new Array<number>(n).fill(0), explained: 0 };
  const s = Math.sqrt(value);
  const loadings = x[0].map((_, j) => x.reduce((sum, row, i) => sum + row[j] * u[i], 0) / s);
  const sign = orientationSign(loadings);
  return { scores: u.map((ui) => sign * s * ui), explained: value / total };
}

function centreColumns(rows: number[][]): number[][] {
  const n = rows.length;
  const means = rows[0].map((_, j) => rows.reduce((sum, r) => sum + r[j], 0) / n);
  return rows.map((r) => r.map((x, j) => x - means[j]));
}

function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
