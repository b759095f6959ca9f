import { describe, expect, it } from "vitest";
import { branchSupport, majorityConsensus } from "./branch-support";
import { parseNewick, toNewick } from "./newick";
import { hasNaN } from "./test-helpers";

const t = parseNewick;

describe("branchSupport", () => {
  const tree = t("((a:1,b:1):1,(c:1,d:1):1);");

  it("gives 1.0 to every clade when all replicates agree", () => {
    const out = branchSupport(tree, [tree, tree, tree]);
    expect(out.children!.map((c) => c.support)).toEqual([1, 1]);
    expect(out.support).toBeUndefined();
    expect(tree.children![0].support).toBeUndefined(); // input left untouched
  });

  it("gives 0.75 to a clade found in 3 of 4 replicates", () => {
    const other = t("((a,c),(b,d));");
    const out = branchSupport(tree, [tree, other, tree, tree]);
    expect(out.children!.map((c) => c.support)).toEqual([0.75, 0.75]);
  });

  it("compares bipartitions for unrooted trees, whatever the root", () => {
    const nj = t("((a:1,b:1):1,c:1,(d:1,e:1):1);");
    // Same splits {a,b}|{c,d,e} and {d,e}|{a,b,c}, drawn from another root.
    const rerooted = t("(a:1,b:1,(c:1,(d:1,e:1):1):1);");
    expect(branchSupport(nj, [rerooted]).children!.map((c) => c.support)).toEqual([1, undefined, 1]);
    // As rooted clades, {a,b} is missing from the rerooted replicate.
    expect(branchSupport(nj, [rerooted], "rooted").children!.map((c) => c.support)).toEqual([0, undefined, 1]);
  });

  it("leaves support unset, not NaN, without replicates", () => {
    const out = branchSupport(tree, []);
    expect(hasNaN(out)).toBe(false);
    expect(out.children![0].support).toBeUndefined();
  });
});

describe("majorityConsensus", () => {
  it("keeps clades in the majority with their frequency and mean length", () => {
    const reps = [t("((a:1,b:1):2,(c:1,d:1):1);"), t("((a:1,b:1):4,(c:1,d:1):1);"), t("((a,b),(c,d));"), t("((a,c),(b,d));")];
    const out = majorityConsensus(reps);
    // {a,b}: lengths 2, 4, 0 in the three replicates that have it → 2; {c,d}: 1, 1, 0 → 2/3; leaves (1+1+0+0)/4.
    expect(toNewick(out)).toBe("((a:0.5,b:0.5)75:2,(c:0.5,d:0.5)75:0.666667);");
  });

  it("collapses clades below the threshold into a polytomy", () => {
    const reps = [t("((a,b),c);"), t("((a,b),c);"), t("((a,c),b);"), t("((b,c),a);")];
    expect(toNewick(majorityConsensus(reps))).toBe("((a:0,b:0)50:0,c:0);");
    expect(toNewick(majorityConsensus(reps, 0.6))).toBe("(a:0,b:0,c:0);");
  });

  it("keeps only one of two conflicting clades tied at 50%", () => {
    const reps = [t("((a,b),c);"), t("((a,c),b);"), t("((a,b),c);"), t("((a,c),b);")];
    expect(toNewick(majorityConsensus(reps))).toBe("((a:0,b:0)50:0,c:0);");
  });

  it("builds an unrooted consensus from NJ-style trees", () => {
    const reps = [t("((a,b),c,(d,e));"), t("(a,b,(c,(d,e)));"), t("((a,c),b,(d,e));")];
    // {a,b}|{c,d,e} in 2 of 3, {d,e} in 3 of 3, {a,c} only once.
    const out = majorityConsensus(reps);
    expect(toNewick(out)).toBe("(a:0,b:0,(c:0,(d:0,e:0)100:0)67:0);");
  });

  it("handles one and two leaves", () => {
    expect(majorityConsensus([t("a:1;")])).toEqual({ name: "a", length: 0 });
    expect(toNewick(majorityConsensus([t("(a:1,b:3);"), t("(a:3,b:1);")]))).toBe("(a:2,b:2);");
    expect(() => majorityConsensus([])).toThrow(/no replicate/);
  });
});
