import { describe, expect, it } from "vitest";
import { neighborJoining } from "./neighbor-joining";
import { fromUpperTriangle, hasNaN, patristic } from "./test-helpers";
import type { TreeNode } from "@/lib/analysis/result-types";

// Wikipedia's NJ example: a=2, b=3, c=4, d=2, e=1; internal edges 3 and 2.
const WIKI = fromUpperTriangle([[5, 9, 9, 8], [10, 10, 9], [8, 7], [3]]);

describe("neighborJoining", () => {
  it("reproduces the worked Wikipedia example as a three-way root", () => {
    const tree = neighborJoining(["a", "b", "c", "d", "e"], WIKI);
    expect(tree.children).toHaveLength(3);
    const [v, d, e] = tree.children!;
    expect([d.name, d.length, e.name, e.length]).toEqual(["d", 2, "e", 1]);
    expect(v.length).toBe(2);
    const [u, c] = v.children!;
    expect([c.name, c.length]).toEqual(["c", 4]);
    expect(u.length).toBe(3);
    expect(u.children!.map((x) => [x.name, x.length])).toEqual([["a", 2], ["b", 3]]);
  });

  it("recovers an additive tree's path lengths exactly", () => {
    // ((a:1,b:2):1.5,(c:0.5,(d:1,e:3):0.25):0.75,f:2) — patristic distances are additive.
    const truth: TreeNode = {
      length: 0,
      children: [
        { length: 1.5, children: [{ name: "a", length: 1 }, { name: "b", length: 2 }] },
        {
          length: 0.75,
          children: [
            { name: "c", length: 0.5 },
            { length: 0.25, children: [{ name: "d", length: 1 }, { name: "e", length: 3 }] },
          ],
        },
        { name: "f", length: 2 },
      ],
    };
    const labels = ["a", "b", "c", "d", "e", "f"];
    const p = patristic(truth);
    const key = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
    const d = labels.map((x) => labels.map((y) => (x === y ? 0 : p.get(key(x, y))!)));
    const got = patristic(neighborJoining(labels, d));
    for (const [k, v] of p) expect(got.get(k)).toBeCloseTo(v, 10);
  });

  it("clamps a negative branch to 0 and keeps the pair's sum", () => {
    // a is far from c and d, b is not: raw lengths a = 1/2 + (21−5)/4 = 4.5, b = 1 − 4.5 = −3.5 → a 1, b 0.
    const tree = neighborJoining(["a", "b", "c", "d"], fromUpperTriangle([[1, 10, 10], [2, 2], [2]]));
    const [u, c, d] = tree.children!;
    expect(u.children!.map((x) => [x.name, x.length])).toEqual([["a", 1], ["b", 0]]);
    // Star of u, c, d with d(u,c) = d(u,d) = (10+2−1)/2 = 5.5 and d(c,d) = 2.
    expect([u.length, c.length, d.length]).toEqual([4.5, 1, 1]);
    expect(hasNaN(tree)).toBe(false);
  });

  it("handles one, two and three labels", () => {
    expect(neighborJoining(["x"], [[0]])).toEqual({ name: "x", length: 0 });
    expect(neighborJoining(["x", "y"], [[0, 4], [4, 0]]).children!.map((c) => c.length)).toEqual([2, 2]);
    const three = neighborJoining(["x", "y", "z"], fromUpperTriangle([[3, 4], [5]]));
    // Three-point formula: x = (3+4−5)/2 = 1, y = (3+5−4)/2 = 2, z = (4+5−3)/2 = 3.
    expect(three.children!.map((c) => [c.name, c.length])).toEqual([["x", 1], ["y", 2], ["z", 3]]);
  });

  it("gives zero lengths, not NaN, for all-zero distances", () => {
    const tree = neighborJoining(["a", "b", "c", "d", "e"], fromUpperTriangle([[0, 0, 0, 0], [0, 0, 0], [0, 0], [0]]));
    expect(hasNaN(tree)).toBe(false);
    expect([...patristic(tree).values()].every((x) => x === 0)).toBe(true);
  });
});
