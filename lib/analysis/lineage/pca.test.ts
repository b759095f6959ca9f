import { describe, expect, it } from "vitest";
import { pca } from "./pca";

const coords = (r: ReturnType<typeof pca>) => r.points.map((p) => [+p.x.toFixed(10) + 0, +p.y.toFixed(10) + 0]);

describe("pca", () => {
  it("finds the axes of a hand-made 2-D cloud and centres the columns", () => {
    // ±5·(0.6,0.8) and ±(−0.8,0.6), shifted by (10,5): sums of squares 50 and 2 of 52.
    const rows = [[3, 4], [-3, -4], [-0.8, 0.6], [0.8, -0.6]].map(([x, y]) => [x + 10, y + 5]);
    const out = pca(rows, ["p", "q", "r", "s"]);
    // PC2's loading (−0.8, 0.6) is flipped so its largest entry is positive: scores use (0.8, −0.6).
    expect(coords(out)).toEqual([[5, 0], [-5, 0], [0, -1], [0, 1]]);
    expect(out.explained[0]).toBeCloseTo(50 / 52, 12);
    expect(out.explained[1]).toBeCloseTo(2 / 52, 12);
    expect(out.points.map((p) => p.label)).toEqual(["p", "q", "r", "s"]);
  });

  it("works through the Gram matrix when columns outnumber rows", () => {
    // Three unit vectors in 6-D: after centring, a rank-2 set.
    const rows = [[1, 0, 0, 0, 0, 0], [0, 1, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0]];
    const out = pca(rows, ["a", "b", "c"]);
    // Centred simplex: an equilateral triangle, each pair √2 apart, variance split evenly.
    expect(out.explained[0]).toBeCloseTo(0.5, 10);
    expect(out.explained[1]).toBeCloseTo(0.5, 10);
    const [a, b, c] = out.points;
    for (const [u, v] of [[a, b], [a, c], [b, c]]) expect(Math.hypot(u.x - v.x, u.y - v.y)).toBeCloseTo(Math.SQRT2, 10);
  });

  it("reports each axis's share of the total sum of squares", () => {
    const rows = [[2, 1, 0, 3], [1, 0, 1, 2], [0, 2, 2, 4], [3, 3, -1, 6]];
    const out = pca(rows, ["a", "b", "c", "d"]);
    expect(out.explained[0] + out.explained[1]).toBeLessThanOrEqual(1 + 1e-12);
    expect(out.explained[0]).toBeGreaterThanOrEqual(out.explained[1]);
    // Sum of squared scores equals the explained share of the total sum of squares.
    const means = [1.5, 1.5, 0.5, 3.75];
    const total = rows.flat().reduce((s, x, i) => s + (x - means[i % 4]) ** 2, 0);
    const ss = (k: "x" | "y") => out.points.reduce((s, p) => s + p[k] ** 2, 0);
    expect(ss("x") / total).toBeCloseTo(out.explained[0], 10);
    expect(ss("y") / total).toBeCloseTo(out.explained[1], 10);
  });

  it("handles two rows, identical rows, one row and no rows without NaN", () => {
    const two = pca([[0, 0], [3, 4]], ["a", "b"]);
    expect(coords(two)).toEqual([[-2.5, 0], [2.5, 0]]);
    expect(two.explained[0]).toBeCloseTo(1, 12);
    expect(two.explained[1]).toBe(0);
    const same = pca([[1, 2], [1, 2], [1, 2]], ["a", "b", "c"]);
    expect(coords(same)).toEqual([[0, 0], [0, 0], [0, 0]]);
    expect(same.explained).toEqual([0, 0]);
    expect(pca([[7, 8]], ["a"])).toEqual({ points: [{ label: "a", x: 0, y: 0 }], explained: [0, 0] });
    expect(pca([], [])).toEqual({ points: [], explained: [0, 0] });
    expect(() => pca([[1], [1, 2]], ["a", "b"])).toThrow(/differ/);
  });
});
