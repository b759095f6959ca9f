import { describe, expect, it } from "vitest";
import { SortedMarks } from "@/lib/features/sorted-marks";

describe("SortedMarks", () => {
  it("returns marked values ascending and starts empty again after a drain", () => {
    const m = new SortedMarks(70000);
    for (const k of [65535, 0, 31, 32, 33, 1000, 63, 64]) m.mark(k);
    expect([...m.drain()]).toEqual([0, 31, 32, 33, 63, 64, 1000, 65535]);
    expect([...m.drain()]).toEqual([]);
    m.mark(5);
    expect([...m.drain()]).toEqual([5]);
  });

  it("agrees with a numeric sort on random values", () => {
    const m = new SortedMarks(4000);
    const values = new Set<number>();
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      values.add(seed % 4000);
    }
    for (const v of values) m.mark(v);
    expect([...m.drain()]).toEqual([...values].sort((a, b) => a - b));
  });

  it("over a char-bucket universe, drain after drain: every marked value once, ascending, and nothing left over", () => {
    const universe = 65536;
    const m = new SortedMarks(universe);
    let seed = 11;
    for (let round = 0; round < 20; round++) {
      const values = new Set<number>();
      const wanted = [1, 40, 3000, 30000][round % 4];
      while (values.size < wanted) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        values.add(seed >>> 16);
      }
      if (round % 5 === 0) values.add(universe - 1);
      for (const v of values) m.mark(v);
      expect([...m.drain()]).toEqual([...values].sort((a, b) => a - b));
    }
    expect([...m.drain()]).toEqual([]);
  });
});
