import { describe, expect, it } from "vitest";
import { centreAndScale, combineZ, logistic, spread } from "@/lib/analysis/attribution/combine-scores";

describe("spread", () => {
  it("is the sample sd, 0 for fewer than two values", () => {
    // mean 4, squared deviations 4 + 0 + 4 = 8, / (3 - 1) = 4 → 2
    expect(spread([2, 4, 6])).toBe(2);
    expect(spread([5])).toBe(0);
  });
});

describe("centreAndScale", () => {
  it("centres across the sources and divides by the metric's unit, not the row's own sd", () => {
    // mean 0.5; (0.6 - 0.5) / 0.2 = 0.5, (0.4 - 0.5) / 0.2 = -0.5: two sources keep the size of their gap
    const z = centreAndScale({ values: [0.6, 0.4], scale: 0.2 });
    expect(z[0]).toBeCloseTo(0.5);
    expect(z[1]).toBeCloseTo(-0.5);
    expect(centreAndScale({ values: [0.9, 0.1], scale: 0.2 })[0]).toBeCloseTo(2);
  });
  it("is 0 when the metric has no spread", () => {
    expect(centreAndScale({ values: [3, 1], scale: 0 })).toEqual([0, 0]);
  });
});

describe("combineZ", () => {
  it("is the weighted mean of per-metric z-scores", () => {
    // a: mean 2, unit 1 → (-1, 0, 1); b: mean 20, unit 10 → (1, -1, 0)
    // weights a=1, b=3: ((-1+3)/4, (0-3)/4, (1+0)/4)
    const z = combineZ({ a: { values: [1, 2, 3], scale: 1 }, b: { values: [30, 10, 20], scale: 10 } }, { a: 1, b: 3 });
    expect(z[0]).toBeCloseTo(0.5);
    expect(z[1]).toBeCloseTo(-0.75);
    expect(z[2]).toBeCloseTo(0.25);
  });
  it("maps through the logistic to 0..1", () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(Math.log(3))).toBeCloseTo(0.75);
  });
});
