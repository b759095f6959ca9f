import { describe, expect, it } from "vitest";
import { defaultMode, edgeSplits, keyLeaves, leafNames, splitKeyer } from "./tree-splits";
import { parseNewick } from "./newick";

describe("tree splits", () => {
  it("treats a three-way root as unrooted and a binary root as rooted", () => {
    expect(defaultMode(parseNewick("(a,b,c);"))).toBe("unrooted");
    expect(defaultMode(parseNewick("((a,b),c);"))).toBe("rooted");
  });

  it("names an unrooted split by its side without the first leaf", () => {
    const keyer = splitKeyer(["d", "b", "a", "c"], "unrooted");
    expect(keyLeaves(keyer.key(["b", "a"]))).toEqual(["c", "d"]);
    expect(keyLeaves(keyer.key(["d", "c"]))).toEqual(["c", "d"]);
    expect(keyLeaves(splitKeyer(["a", "b", "c", "d"], "rooted").key(["b", "a"]))).toEqual(["a", "b"]);
  });

  it("sums a binary root's two edges into one unrooted edge", () => {
    const tree = parseNewick("((a:1,b:1):2,(c:1,d:1):3);");
    const edges = edgeSplits(tree, splitKeyer(leafNames(tree), "unrooted"));
    expect(edges.get(["c", "d"].join("\u0001"))).toBe(5);
    expect(edges.size).toBe(5); // four leaf edges + one internal split
    const rooted = edgeSplits(tree, splitKeyer(leafNames(tree), "rooted"));
    expect(rooted.get(["a", "b"].join("\u0001"))).toBe(2);
    expect(rooted.size).toBe(6);
  });
});
