import { describe, expect, it } from "vitest";
import { classicalMds } from "./classical-mds";
import { pca } from "./pca";

const euclid = (pts: number[][]) => pts.map((a) => pts.map((b) => Math.hypot(a[0] - b[0], a[1] - b[1])));

describe("classicalMds", () => {
  it("recovers a planar configuration up to rotation and reflection", () => {
    const truth = [[0, 0], [3, 0], [0, 4], [3, 4], [1, 2], [-2, 1]];
    const d = euclid(truth);
    const { points } = classicalMds(d, ["a", "b", "c", "d", "e", "f"]);
    const got = euclid(points.map((p) => [p.x, p.y]));
    for (let i = 0; i < d.length; i++) for (let j = 0; j < d.length; j++) expect(got[i][j]).toBeCloseTo(d[i][j], 9);
    // Centred at the origin.
    expect(points.reduce((s, p) => s + p.x, 0)).toBeCloseTo(0, 10);
  });

  it("matches PCA scores on Euclidean distances between the same rows", () => {
    const rows = [[3, 4], [-3, -4], [-0.8, 0.6], [0.8, -0.6]];
    const labels = ["p", "q", "r", "s"];
    const mds = classicalMds(euclid(rows), labels).points;
    const byPca = pca(rows, labels).points;
    mds.forEach((p, i) => {
      expect(Math.abs(p.x)).toBeCloseTo(Math.abs(byPca[i].x), 10);
      expect(Math.abs(p.y)).toBeCloseTo(Math.abs(byPca[i].y), 10);
    });
  });

  it("puts collinear points on the x axis and two labels at ±d/2", () => {
    const line = classicalMds(euclid([[0, 0], [1, 0], [5, 0]]), ["a", "b", "c"]).points;
    // Mean is 2: coordinates −2, −1, 3 (largest magnitude made positive).
    expect(line.map((p) => +p.x.toFixed(10))).toEqual([-2, -1, 3]);
    expect(line.every((p) => Math.abs(p.y) < 1e-9)).toBe(true);
    const two = classicalMds([[0, 6], [6, 0]], ["a", "b"]).points;
    expect(two.map((p) => [+p.x.toFixed(10), p.y])).toEqual([[3, 0], [-3, 0]]);
  });

  it("handles zero distances, one label and no labels without NaN", () => {
    const zero = classicalMds([[0, 0, 0], [0, 0, 0], [0, 0, 0]], ["a", "b", "c"]).points;
    expect(zero.every((p) => p.x === 0 && p.y === 0)).toBe(true);
    expect(classicalMds([[0]], ["a"]).points).toEqual([{ label: "a", x: 0, y: 0 }]);
    expect(classicalMds([], []).points).toEqual([]);
  });
});
