import { describe, expect, it } from "vitest";
import { orientationSign } from "./sign-convention";

describe("orientationSign", () => {
  it("makes the largest-magnitude entry positive, first index on ties", () => {
    expect(orientationSign([0.1, -0.9, 0.3])).toBe(-1);
    expect(orientationSign([0.1, 0.9, -0.3])).toBe(1);
    expect(orientationSign([-0.5, 0.5])).toBe(-1);
    expect(orientationSign([0, 0])).toBe(1);
  });
});
