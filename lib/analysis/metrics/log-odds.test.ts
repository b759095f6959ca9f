import { describe, expect, it } from "vitest";
import { logOddsZ } from "@/lib/analysis/metrics/log-odds";

describe("logOddsZ", () => {
  it("matches a hand computation", () => {
    // a = 100 * 0.01 = 1; focus: log(11 / (1000 + 100 - 10 - 1)) = log(11/1089)
    // other: log(3 / (2000 + 100 - 2 - 1)) = log(3/2097); var = 1/11 + 1/3
    const expected = (Math.log(11 / 1089) - Math.log(3 / 2097)) / Math.sqrt(1 / 11 + 1 / 3);
    const z = logOddsZ({ focus: 10, focusTotal: 1000, other: 2, otherTotal: 2000, backgroundShare: 0.01, alpha0: 100 });
    expect(z).toBeCloseTo(expected, 10);
    // = (-4.59512 + 6.54963) / 0.651339 ≈ 3.0008
    expect(z).toBeCloseTo(3.0008, 3);
  });
  it("is zero for equal rates and antisymmetric", () => {
    const args = { focusTotal: 1000, otherTotal: 1000, backgroundShare: 0.02, alpha0: 50 };
    expect(logOddsZ({ ...args, focus: 20, other: 20 })).toBeCloseTo(0);
    const up = logOddsZ({ ...args, focus: 30, other: 10 });
    const down = logOddsZ({ ...args, focus: 10, other: 30 });
    expect(up).toBeGreaterThan(0);
    expect(up).toBeCloseTo(-down);
  });
});
