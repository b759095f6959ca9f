import { describe, expect, it } from "vitest";
import { formatBytes, formatCompact, formatDate, formatInteger } from "./format";

describe("format", () => {
  it("groups integers", () => {
    expect(formatInteger(1234567)).toBe("1,234,567");
    expect(formatInteger(805)).toBe("805");
  });
  it("compacts only large numbers", () => {
    expect(formatCompact(9999)).toBe("9,999");
    expect(formatCompact(1_250_000)).toBe("1.3M");
  });
  it("uses binary byte units", () => {
    expect(formatBytes(1000)).toBe("1000 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(300 * 1024 * 1024)).toBe("300 MB");
  });
  it("formats dates in UTC", () => {
    expect(formatDate(new Date("2024-03-05T07:08:09Z"))).toBe("2024-03-05 07:08 UTC");
  });
});
