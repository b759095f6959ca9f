import { describe, expect, it } from "vitest";
import { weightedJaccard } from "@/lib/analysis/metrics/weighted-jaccard";

describe("weightedJaccard", () => {
  it("matches a hand computation", () => {
    // min: 1 + 0 + 2 = 3; max: 2 + 1 + 3 = 6
    expect(weightedJaccard([1, 1, 3], [2, 0, 2])).toBeCloseTo(0.5);
  });
  it("treats negative weights as zero and empty sets as 0", () => {
    expect(weightedJaccard([-1, 2], [5, 2])).toBeCloseTo(2 / 7);
    expect(weightedJaccard([0, 0], [0, 0])).toBe(0);
  });
});
