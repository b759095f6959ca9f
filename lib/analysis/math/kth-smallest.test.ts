import { describe, expect, it } from "vitest";
import { kthSmallest } from "@/lib/analysis/math/kth-smallest";
import { createRandom } from "@/lib/analysis/math/seeded-random";

describe("kthSmallest", () => {
  it("gives the value a full sort puts at that rank, with many ties and without", () => {
    const random = createRandom(3);
    for (let t = 0; t < 2000; t++) {
      const n = 1 + Math.floor(random() * 80);
      const ties = t % 2 === 0;
      const values = Float64Array.from({ length: n }, () => (ties ? Math.floor(random() * 4) : random() - 0.5));
      const sorted = Float64Array.from(values).sort();
      const rank = Math.floor(random() * n);
      expect(kthSmallest(values, rank)).toBe(sorted[rank]);
    }
  });

  it("leaves its input as it was and refuses a rank outside the values", () => {
    const values = [5, 1, 4, 1, 3];
    expect(kthSmallest(values, 0)).toBe(1);
    expect(kthSmallest(values, 4)).toBe(5);
    expect(values).toEqual([5, 1, 4, 1, 3]);
    expect(() => kthSmallest(values, 5)).toThrow(RangeError);
    expect(() => kthSmallest([], 0)).toThrow(RangeError);
  });

  it("handles sorted, reversed and constant runs (the pivot's worst cases for a naive choice)", () => {
    const n = 20000;
    const up = Float64Array.from({ length: n }, (_, i) => i);
    const down = Float64Array.from({ length: n }, (_, i) => n - i);
    const flat = new Float64Array(n).fill(2);
    expect(kthSmallest(up, n - 3000)).toBe(n - 3000);
    expect(kthSmallest(down, 10)).toBe(11);
    expect(kthSmallest(flat, 123)).toBe(2);
  });
});
