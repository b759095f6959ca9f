import { describe, expect, it } from "vitest";
import { descending, sortPositions } from "@/lib/features/term-order";

describe("sortPositions", () => {
  const random = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

  it("orders positions as a stable comparator sort on the keys in precedence, with keys read through `at`", () => {
    const rand = random(7);
    const n = 5000;
    // Few distinct counts and ranks, so ties run deep; some keys above 2^22 need all three radix passes.
    const counts = Uint32Array.from({ length: n }, () => (rand() < 0.1 ? 5_000_000 + Math.floor(rand() * 3) : Math.floor(rand() * 4)));
    const rank = Uint32Array.from({ length: 50 }, () => Math.floor(rand() * 20));
    const word = Uint32Array.from({ length: n }, () => Math.floor(rand() * 50));
    const byCount = counts.map(descending);
    const got = sortPositions(n, [{ values: byCount }, { values: rank, at: word }]);
    const want = Array.from({ length: n }, (_, p) => p).sort((a, b) => byCount[a] - byCount[b] || rank[word[a]] - rank[word[b]] || a - b);
    expect(Array.from(got)).toEqual(want);
  });

  it("returns the positions in order when there is nothing to sort by, and handles no positions", () => {
    expect(Array.from(sortPositions(4, []))).toEqual([0, 1, 2, 3]);
    expect(sortPositions(0, [{ values: new Uint32Array(0) }]).length).toBe(0);
  });
});
