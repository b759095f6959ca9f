import { describe, expect, it } from "vitest";
import { PairTable } from "@/lib/features/pair-table";

describe("PairTable", () => {
  it("assigns ids on first insert and returns them afterwards, across growth", () => {
    const t = new PairTable(2);
    let next = 0;
    const ids = new Map<string, number>();
    for (let i = 0; i < 500; i++) {
      const x = i % 37;
      const y = (i * 7) % 41;
      const got = t.getOrInsert(x, y, next);
      const want = ids.get(`${x},${y}`);
      if (want === undefined) {
        expect(got).toBe(-1);
        ids.set(`${x},${y}`, next++);
      } else expect(got).toBe(want);
    }
    expect(t.size).toBe(ids.size);
  });
});
