import { describe, expect, it } from "vitest";
import { combineZ, logistic, standardise } from "@/lib/analysis/attribution/combine-scores";

describe("standardise", () => {
  it("uses the sample sd", () => {
    // mean 2, sd 1
    expect(standardise([1, 2, 3])).toEqual([-1, 0, 1]);
    expect(standardise([4, 4])).toEqual([0, 0]);
  });
});

describe("combineZ", () => {
  it("is the weighted mean of per-metric z-scores", () => {
    // a: z = (-1, 0, 1); b: (30, 10, 20) → mean 20, sd 10 → z = (1, -1, 0)
    // weights a=1, b=3: ((-1+3)/4, (0-3)/4, (1+0)/4)
    const z = combineZ({ a: [1, 2, 3], b: [30, 10, 20] }, { a: 1, b: 3 });
    expect(z[0]).toBeCloseTo(0.5);
    expect(z[1]).toBeCloseTo(-0.75);
    expect(z[2]).toBeCloseTo(0.25);
  });
  it("maps through the logistic to 0..1", () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(Math.log(3))).toBeCloseTo(0.75);
  });
});
