import { describe, expect, it } from "vitest";
import { formatRank, rankRanges } from "./rank-range";

describe("rankRanges", () => {
  it("gives overlapping intervals a shared range and a clear leader rank 1", () => {
    const rows = rankRanges([
      { name: "a", value: 0.9, low: 0.85, high: 0.95 },
      { name: "b", value: 0.5, low: 0.4, high: 0.6 },
      { name: "c", value: 0.45, low: 0.35, high: 0.55 },
      { name: "d", value: 0.1, low: 0.05, high: 0.2 },
    ]);
    expect(rows.map((r) => formatRank(r.best, r.worst))).toEqual(["1", "2–3", "2–3", "4"]);
  });
});
