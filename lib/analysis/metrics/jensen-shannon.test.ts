import { describe, expect, it } from "vitest";
import { jensenShannon, jensenShannonParts, jsdPart } from "@/lib/analysis/metrics/jensen-shannon";

describe("jensenShannon", () => {
  it("is 0 for identical distributions (counts are normalised)", () => {
    expect(jensenShannon([1, 2, 3], [2, 4, 6])).toBeCloseTo(0);
  });
  it("is 1 for disjoint supports", () => {
    expect(jensenShannon([1, 0], [0, 1])).toBeCloseTo(1);
  });
  it("matches a hand computation", () => {
    // P = (1/2, 1/2), Q = (1, 0), M = (3/4, 1/4)
    // KL(P||M) = 1/2 log2(2/3) + 1/2 log2(2) = 0.5 * (-0.5849625) + 0.5 = 0.2075187
    // KL(Q||M) = log2(4/3) = 0.4150375 → JSD = (0.2075187 + 0.4150375) / 2 = 0.3112781
    expect(jensenShannon([1, 1], [1, 0])).toBeCloseTo(0.3112781, 6);
  });
  it("is symmetric", () => {
    expect(jensenShannon([3, 1, 0], [1, 1, 2])).toBeCloseTo(jensenShannon([1, 1, 2], [3, 1, 0]));
  });
});

describe("jensenShannonParts", () => {
  const parts = (v: number[]) => jsdPart(v)!;
  it("matches the hand computation above", () => {
    expect(jensenShannonParts(parts([1, 1]), parts([1, 0]))).toBeCloseTo(0.3112781, 6);
  });
  it("agrees with jensenShannon on uneven counts, zeros and disjoint supports", () => {
    const cases: [number[], number[]][] = [
      [[3, 1, 0, 7], [1, 1, 2, 0]],
      [[1, 0], [0, 1]],
      [[5, 5, 5], [10, 10, 10]],
      [[100, 1, 0, 0, 3], [0, 2, 9, 1, 3]],
    ];
    for (const [p, q] of cases) expect(jensenShannonParts(parts(p), parts(q))).toBeCloseTo(jensenShannon(p, q), 12);
  });
  it("has no part for an empty distribution", () => {
    expect(jsdPart([0, 0])).toBeNull();
  });
});
