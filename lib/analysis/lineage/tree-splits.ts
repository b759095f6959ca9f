// Clades and splits of a TreeNode keyed by leaf-name sets. Rooted trees compare clades; unrooted ones (NJ)
// compare bipartitions, so each split is named by its side without the reference (alphabetically first) leaf.
import type { TreeNode } from "@/lib/analysis/result-types";

export type SplitMode = "rooted" | "unrooted";

const SEP = "\u0001";

// A root with three or more children is how neighborJoining returns an unrooted tree.
export function defaultMode(tree: TreeNode): SplitMode {
  return (tree.children?.length ?? 0) >= 3 ? "unrooted" : "rooted";
}

export function leafNames(tree: TreeNode): string[] {
  if (!tree.children?.length) return [tree.name ?? ""];
  return tree.children.flatMap(leafNames);
}

export type SplitKeyer = { all: string[]; key: (leaves: string[]) => string; size: (leaves: string[]) => number };

export function splitKeyer(all: string[], mode: SplitMode): SplitKeyer {
  const sorted = [...all].sort();
  const reference = sorted[0];
  const side = (leaves: string[]): string[] => {
    if (mode === "rooted" || !leaves.includes(reference)) return [...leaves].sort();
    const inside = new Set(leaves);
    return sorted.filter((x) => !inside.has(x));
  };
  return { all: sorted, key: (leaves) => side(leaves).join(SEP), size: (leaves) => side(leaves).length };
}

export function keyLeaves(key: string): string[] {
  return key === "" ? [] : key.split(SEP);
}

// Every non-root edge: its split key and summed length (a binary root's two edges are one unrooted edge).
export function edgeSplits(tree: TreeNode, keyer: SplitKeyer): Map<string, number> {
  const edges = new Map<string, number>();
  const visit = (node: TreeNode): string[] => {
    const leaves = node.children?.length ? node.children.flatMap(visit) : [node.name ?? ""];
    if (node !== tree) {
      const key = keyer.key(leaves);
      edges.set(key, (edges.get(key) ?? 0) + node.length);
    }
    return leaves;
  };
  visit(tree);
  return edges;
}
