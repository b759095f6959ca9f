// Cyclic Jacobi eigen-decomposition for small dense symmetric matrices (n ≤ ~100: Gram and MDS matrices).
// Jacobi is slow for big n but simple, stable and accurate for the sizes lineage needs.

export type EigenResult = {
  values: number[]; // descending
  vectors: number[][]; // vectors[k] is the unit eigenvector of values[k]
};

const MAX_SWEEPS = 100;

export function symmetricEigen(matrix: number[][]): EigenResult {
  const n = matrix.length;
  if (n === 0) return { values: [], vectors: [] };
  for (const row of matrix) {
    if (row.length !== n) throw new Error("symmetricEigen: matrix must be square");
  }
  // Work on the symmetrised copy so small asymmetries from floating-point sums do not matter.
  const a = matrix.map((row, i) => row.map((_, j) => (matrix[i][j] + matrix[j][i]) / 2));
  const v = identity(n);
  const scale = Math.max(frobenius(a), Number.MIN_VALUE);

  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    if (offDiagonal(a) <= 1e-14 * scale) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) <= 1e-300) continue;
        rotate(a, v, p, q);
      }
    }
  }

  const order = a.map((_, i) => i).sort((i, j) => a[j][j] - a[i][i] || i - j);
  return {
    values: order.map((i) => a[i][i]),
    vectors: order.map((i) => v.map((row) => row[i])),
  };
}

// Zeroes a[p][q] with one Givens rotation and accumulates it into v's columns.
function rotate(a: number[][], v: number[][], p: number, q: number): void {
  const n = a.length;
  const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const akp = a[k][p];
    const akq = a[k][q];
    a[k][p] = c * akp - s * akq;
    a[k][q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p][k];
    const aqk = a[q][k];
    a[p][k] = c * apk - s * aqk;
    a[q][k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k][p];
    const vkq = v[k][q];
    v[k][p] = c * vkp - s * vkq;
    v[k][q] = s * vkp + c * vkq;
  }
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

function frobenius(a: number[][]): number {
  let sum = 0;
  for (const row of a) for (const x of row) sum += x * x;
  return Math.sqrt(sum);
}

function offDiagonal(a: number[][]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < a.length; j++) if (i !== j) sum += a[i][j] * a[i][j];
  return Math.sqrt(sum);
}
