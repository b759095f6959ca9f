import { describe, expect, it } from "vitest";
import { symmetricEigen } from "./symmetric-eigen";

describe("symmetricEigen", () => {
  it("solves a 2×2 matrix by hand: [[2,1],[1,2]] has 3 on (1,1) and 1 on (1,−1)", () => {
    const { values, vectors } = symmetricEigen([[2, 1], [1, 2]]);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0][0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0][0] * vectors[0][1]).toBeCloseTo(0.5, 12);
    expect(vectors[1][0] * vectors[1][1]).toBeCloseTo(-0.5, 12);
  });

  it("sorts eigenvalues descending: [[2,0,0],[0,3,4],[0,4,9]] → 11, 2, 1", () => {
    const { values, vectors } = symmetricEigen([[2, 0, 0], [0, 3, 4], [0, 4, 9]]);
    expect(values.map((v) => +v.toFixed(10))).toEqual([11, 2, 1]);
    // (0,1,2)/√5 is the eigenvector of 11: 3+8 = 11, 4+18 = 22.
    expect(Math.abs(vectors[0][1] * Math.sqrt(5))).toBeCloseTo(1, 10);
    expect(Math.abs(vectors[1][0])).toBeCloseTo(1, 10);
  });

  it("reconstructs a dense 8×8 matrix from its orthonormal eigenvectors", () => {
    const n = 8;
    const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Math.sin(i * 7 + j * 7 + i * j)));
    const { values, vectors } = symmetricEigen(a);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const rebuilt = values.reduce((sum, v, k) => sum + v * vectors[k][i] * vectors[k][j], 0);
        expect(rebuilt).toBeCloseTo(a[i][j], 10);
        const dot = vectors[i].reduce((sum, x, k) => sum + x * vectors[j][k], 0);
        expect(dot).toBeCloseTo(i === j ? 1 : 0, 10);
      }
    }
  });

  it("handles empty, 1×1 and zero matrices without NaN", () => {
    expect(symmetricEigen([])).toEqual({ values: [], vectors: [] });
    expect(symmetricEigen([[5]])).toEqual({ values: [5], vectors: [[1]] });
    const zero = symmetricEigen([[0, 0], [0, 0]]);
    expect(zero.values).toEqual([0, 0]);
    expect(zero.vectors.flat().every(Number.isFinite)).toBe(true);
  });
});
