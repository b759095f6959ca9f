import { describe, expect, it } from "vitest";
import { upgma } from "./upgma";
import { fromUpperTriangle, hasNaN, patristic } from "./test-helpers";

// Wikipedia's UPGMA example: joins (a,b) at 8.5, then e at 11, (c,d) at 14, root at 16.5.
const WIKI = fromUpperTriangle([[17, 21, 31, 23], [30, 34, 21], [28, 39], [43]]);

describe("upgma", () => {
  it("reproduces the worked Wikipedia example", () => {
    const tree = upgma(["a", "b", "c", "d", "e"], WIKI);
    const [abe, cd] = tree.children!;
    const [ab, e] = abe.children!;
    expect(ab.children!.map((c) => [c.name, c.length])).toEqual([["a", 8.5], ["b", 8.5]]);
    expect(ab.length).toBe(2.5);
    expect([e.name, e.length]).toEqual(["e", 11]);
    expect(abe.length).toBe(5.5);
    expect(cd.children!.map((c) => [c.name, c.length])).toEqual([["c", 14], ["d", 14]]);
    expect(cd.length).toBe(2.5);
    expect(tree.length).toBe(0);
  });

  it("is ultrametric: every leaf is 16.5 from the root, so cophenetic d(a,c) = 33", () => {
    const tree = upgma(["a", "b", "c", "d", "e"], WIKI);
    const p = patristic(tree);
    expect(p.get("a|c")).toBeCloseTo(33, 12);
    expect(p.get("a|e")).toBeCloseTo(22, 12);
    expect(p.get("c|d")).toBeCloseTo(28, 12);
  });

  it("handles one, two and three labels", () => {
    expect(upgma(["x"], [[0]])).toEqual({ name: "x", length: 0 });
    expect(upgma(["x", "y"], [[0, 4], [4, 0]])).toEqual({
      length: 0,
      children: [{ name: "x", length: 2 }, { name: "y", length: 2 }],
    });
    const three = upgma(["x", "y", "z"], fromUpperTriangle([[2, 6], [6]]));
    expect(three.children![1]).toEqual({ name: "z", length: 3 });
    expect(three.children![0].length).toBe(2);
  });

  it("gives zero lengths, not NaN, for zero distances and identical rows", () => {
    const zero = upgma(["a", "b", "c", "d"], fromUpperTriangle([[0, 0, 0], [0, 0], [0]]));
    expect(hasNaN(zero)).toBe(false);
    expect([...patristic(zero).values()].every((x) => x === 0)).toBe(true);
    const twins = upgma(["a", "b", "c"], fromUpperTriangle([[0, 5], [5]]));
    expect(twins.children![0].children!.map((c) => c.name)).toEqual(["a", "b"]);
    expect(hasNaN(twins)).toBe(false);
  });

  it("rejects a matrix that does not match the labels", () => {
    expect(() => upgma(["a", "b"], [[0]])).toThrow(/2 labels but 1/);
    expect(() => upgma([], [])).toThrow(/no labels/);
  });
});
