import { describe, expect, it } from "vitest";
import { logOddsProfile, pearson } from "@/lib/analysis/metrics/log-odds-correlation";
import { logOddsZ } from "@/lib/analysis/metrics/log-odds";

describe("logOddsProfile", () => {
  it("is each word's Monroe z against the pool, the corpus' own counts taken out when it is part of the pool", () => {
    const counts = [30, 10, 0];
    const pool = [40, 40, 20];
    const z = logOddsProfile(counts, 40, pool, 100, 1000, true);
    expect(z[0]).toBeCloseTo(logOddsZ({ focus: 30, focusTotal: 40, other: 10, otherTotal: 60, backgroundShare: 0.4, alpha0: 1000 }), 12);
    expect(z[2]).toBeLessThan(0);
    const outside = logOddsProfile(counts, 40, pool, 100, 1000);
    expect(outside[0]).toBeCloseTo(logOddsZ({ focus: 30, focusTotal: 40, other: 40, otherTotal: 100, backgroundShare: 0.4, alpha0: 1000 }), 12);
  });
});

describe("pearson", () => {
  it("is the correlation, 0 for a constant vector", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    // means 2 and 4/3: covariance terms (-1)(2/3) + 0 + (1)(-2/3)... = -4/3 + ... computed by hand: r = -0.5
    expect(pearson([1, 2, 3], [2, 2, 0])).toBeCloseTo(-Math.sqrt(3) / 2);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
  });
});
