// Test-only helpers shared by the lineage tests (no production code imports this).
import type { TreeNode } from "@/lib/analysis/result-types";

// Path length between every pair of leaves, keyed "a|b" with a < b.
export function patristic(tree: TreeNode): Map<string, number> {
  const depths: { name: string; path: TreeNode[]; depth: number[] }[] = [];
  const walk = (node: TreeNode, path: TreeNode[], depth: number[]) => {
    const here = [...path, node];
    const d = [...depth, (depth.at(-1) ?? 0) + (path.length ? node.length : 0)];
    if (!node.children?.length) depths.push({ name: node.name ?? "", path: here, depth: d });
    node.children?.forEach((c) => walk(c, here, d));
  };
  walk(tree, [], []);
  const out = new Map<string, number>();
  for (const a of depths) {
    for (const b of depths) {
      if (a.name >= b.name) continue;
      let k = 0;
      while (k < a.path.length && a.path[k] === b.path[k]) k++;
      out.set(`${a.name}|${b.name}`, a.depth.at(-1)! + b.depth.at(-1)! - 2 * a.depth[k - 1]);
    }
  }
  return out;
}

export function hasNaN(tree: TreeNode): boolean {
  if (!Number.isFinite(tree.length)) return true;
  if (tree.support !== undefined && !Number.isFinite(tree.support)) return true;
  return (tree.children ?? []).some(hasNaN);
}

export function fromUpperTriangle(rows: number[][]): number[][] {
  const n = rows.length + 1;
  const d = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  rows.forEach((row, i) => row.forEach((x, k) => {
    d[i][i + 1 + k] = x;
    d[i + 1 + k][i] = x;
  }));
  return d;
}
