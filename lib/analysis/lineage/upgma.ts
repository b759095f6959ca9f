// UPGMA (average linkage): a rooted ultrametric tree. Each join sits at half the merged clusters' distance;
// branch length = parent height − child height. Ties go to the first pair in row-major order.
import type { TreeNode } from "@/lib/analysis/result-types";
import { checkDistances, symmetricCopy } from "./check-distances";

type Cluster = { node: TreeNode; height: number; size: number };

export function upgma(labels: string[], d: number[][]): TreeNode {
  checkDistances(labels, d, "upgma");
  const dist = symmetricCopy(d);
  const clusters: (Cluster | null)[] = labels.map((name) => ({ node: { name, length: 0 }, height: 0, size: 1 }));
  let alive = labels.length;

  while (alive > 1) {
    const [i, j] = closestPair(dist, clusters);
    const a = clusters[i]!;
    const b = clusters[j]!;
    // Average linkage can join below a child when the input is not metric: never let a branch go negative.
    const height = Math.max(dist[i][j] / 2, a.height, b.height);
    a.node.length = height - a.height;
    b.node.length = height - b.height;
    const merged: Cluster = { node: { length: 0, children: [a.node, b.node] }, height, size: a.size + b.size };
    for (let k = 0; k < clusters.length; k++) {
      if (!clusters[k] || k === i || k === j) continue;
      const dk = (dist[i][k] * a.size + dist[j][k] * b.size) / merged.size;
      dist[i][k] = dk;
      dist[k][i] = dk;
    }
    clusters[i] = merged;
    clusters[j] = null;
    alive--;
  }
  return clusters.find((c) => c !== null)!.node;
}

function closestPair(dist: number[][], clusters: (Cluster | null)[]): [number, number] {
  let best: [number, number] = [-1, -1];
  let bestValue = Infinity;
  for (let i = 0; i < clusters.length; i++) {
    if (!clusters[i]) continue;
    for (let j = i + 1; j < clusters.length; j++) {
      if (!clusters[j]) continue;
      if (dist[i][j] < bestValue) {
        bestValue = dist[i][j];
        best = [i, j];
      }
    }
  }
  return best;
}
