import { describe, expect, it } from "vitest";
import { createRandom, resampleIndices } from "@/lib/analysis/math/seeded-random";
import { percentileInterval, quantile } from "@/lib/analysis/attribution/bootstrap-interval";

describe("quantile", () => {
  it("interpolates linearly (R type 7)", () => {
    // sorted 1 2 3 4 5: q=0.25 → position 1 → 2; q=0.1 → position 0.4 → 1.4
    expect(quantile([5, 1, 4, 2, 3], 0.25)).toBe(2);
    expect(quantile([5, 1, 4, 2, 3], 0.1)).toBeCloseTo(1.4);
  });
  it("gives the 2.5% and 97.5% points", () => {
    const v = Array.from({ length: 41 }, (_, i) => i); // positions 1 and 39
    expect(percentileInterval(v)).toEqual({ low: 1, high: 39 });
  });
});

describe("bootstrap determinism", () => {
  it("draws the same replicates for the same seed and different ones for another", () => {
    const a = resampleIndices(50, createRandom(42));
    const b = resampleIndices(50, createRandom(42));
    const c = resampleIndices(50, createRandom(43));
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
    expect(Math.max(...a)).toBeLessThan(50);
  });
});
