// Bootstrap support and majority-rule consensus over replicate trees (stylo's "bootstrap consensus tree").
// Replicates must have the same leaf names as the tree; the mode defaults to unrooted for NJ-style roots.
import type { TreeNode } from "@/lib/analysis/result-types";
import { defaultMode, edgeSplits, keyLeaves, leafNames, splitKeyer, type SplitMode } from "./tree-splits";

export function branchSupport(tree: TreeNode, replicates: TreeNode[], mode: SplitMode = defaultMode(tree)): TreeNode {
  const keyer = splitKeyer(leafNames(tree), mode);
  const present = replicates.map((r) => new Set(edgeSplits(r, keyer).keys()));
  const annotate = (node: TreeNode, isRoot: boolean): { copy: TreeNode; leaves: string[] } => {
    if (!node.children?.length) return { copy: { ...node }, leaves: [node.name ?? ""] };
    const parts = node.children.map((c) => annotate(c, false));
    const leaves = parts.flatMap((p) => p.leaves);
    const copy: TreeNode = { ...node, children: parts.map((p) => p.copy) };
    if (!isRoot && present.length > 0) {
      const key = keyer.key(leaves);
      copy.support = present.filter((s) => s.has(key)).length / present.length;
    }
    return { copy, leaves };
  };
  return annotate(tree, true).copy;
}

// Keeps each clade (split) found in at least `threshold` of the replicates, most frequent first, skipping any
// that conflicts with one already kept. Branch lengths are the mean over the replicates that have the clade.
export function majorityConsensus(
  replicates: TreeNode[],
  threshold = 0.5,
  mode: SplitMode = replicates.length ? defaultMode(replicates[0]) : "rooted",
): TreeNode {
  if (replicates.length === 0) throw new Error("majorityConsensus: no replicate trees");
  const order = leafNames(replicates[0]);
  if (order.length === 1) return { name: order[0], length: 0 };
  const keyer = splitKeyer(order, mode);
  const n = order.length;
  const stats = new Map<string, { count: number; length: number }>();
  for (const tree of replicates) {
    for (const [key, length] of edgeSplits(tree, keyer)) {
      const s = stats.get(key) ?? { count: 0, length: 0 };
      stats.set(key, { count: s.count + 1, length: s.length + length });
    }
  }
  const maxSize = mode === "unrooted" ? n - 2 : n - 1;
  const candidates = [...stats.entries()]
    .map(([key, s]) => ({ key, leaves: keyLeaves(key), ...s }))
    .filter((c) => c.leaves.length >= 2 && c.leaves.length <= maxSize)
    .filter((c) => c.count / replicates.length >= threshold - 1e-12)
    .sort((a, b) => b.count - a.count || b.leaves.length - a.leaves.length || a.key.localeCompare(b.key));
  const kept: Set<string>[] = [];
  const keptInfo: typeof candidates = [];
  for (const c of candidates) {
    const set = new Set(c.leaves);
    if (kept.every((k) => compatible(k, set))) {
      kept.push(set);
      keptInfo.push(c);
    }
  }
  return buildTree(order, keptInfo, replicates.length, (name) => {
    const s = stats.get(keyer.key([name]));
    return s ? s.length / s.count : 0;
  });
}

function compatible(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared === 0 || shared === a.size || shared === b.size;
}

type Clade = { leaves: string[]; count: number; length: number };

// Nests compatible clades: each clade hangs from the smallest kept clade that contains it.
function buildTree(order: string[], clades: Clade[], total: number, leafLength: (name: string) => number): TreeNode {
  const rank = new Map(order.map((name, i) => [name, i]));
  const bySize = [...clades].sort((a, b) => b.leaves.length - a.leaves.length);
  const root = { set: new Set(order), node: { length: 0, children: [] as TreeNode[] } as TreeNode };
  const placed = [root];
  const parentOf = (names: string[]) =>
    placed.filter((p) => names.every((x) => p.set.has(x))).reduce((a, b) => (b.set.size < a.set.size ? b : a));
  for (const c of bySize) {
    const node: TreeNode = { length: c.length / c.count, support: c.count / total, children: [] };
    parentOf(c.leaves).node.children!.push(node);
    placed.push({ set: new Set(c.leaves), node });
  }
  for (const name of order) parentOf([name]).node.children!.push({ name, length: leafLength(name) });
  const firstLeaf = (node: TreeNode): number =>
    node.children?.length ? Math.min(...node.children.map(firstLeaf)) : rank.get(node.name ?? "")!;
  const sortChildren = (node: TreeNode): void => {
    node.children?.sort((a, b) => firstLeaf(a) - firstLeaf(b));
    node.children?.forEach(sortChildren);
  };
  sortChildren(root.node);
  return root.node;
}
