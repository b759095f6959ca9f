import { describe, expect, it } from "vitest";
import { formatTick, niceDomain, niceStep, ticksBetween } from "./nice-ticks";

describe("nice ticks", () => {
  it("steps by 1, 2 or 5 times a power of ten", () => {
    expect(niceStep(-24, 18, 5)).toBe(10);
    expect(niceStep(0, 1, 5)).toBe(0.2);
    expect(niceStep(-0.37, 0.41, 6)).toBe(0.1);
    expect(niceStep(0, 0.03, 4)).toBeCloseTo(0.01, 12);
  });
  it("widens the domain to whole steps and prints round ticks", () => {
    const step = niceStep(-24, 18, 5);
    const [lo, hi] = niceDomain(-24, 18, step);
    expect([lo, hi]).toEqual([-30, 20]);
    expect(ticksBetween(lo, hi, step)).toEqual([-30, -20, -10, 0, 10, 20]);
    expect(ticksBetween(-0.4, 0.4, 0.2)).toEqual([-0.4, -0.2, 0, 0.2, 0.4]);
    expect(formatTick(-0.2, 0.2)).toBe("−0.2");
    expect(formatTick(-0, 0.5)).toBe("0.0");
  });
});
