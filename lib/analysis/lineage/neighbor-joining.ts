// Neighbor joining (Saitou & Nei 1987, Studier & Keppler's Q criterion). The result is unrooted, returned as
// a root node joining the last three clusters (three children); two labels give a root with two children
// each at d/2, one label a lone leaf. Negative branch lengths are clamped to 0 and the difference moved to the
// sister branch, so the pair's summed length still equals their distance (Kuhner & Felsenstein 1994).
import type { TreeNode } from "@/lib/analysis/result-types";
import { checkDistances, symmetricCopy } from "./check-distances";

export function neighborJoining(labels: string[], d: number[][]): TreeNode {
  checkDistances(labels, d, "neighborJoining");
  const dist = symmetricCopy(d);
  const nodes: (TreeNode | null)[] = labels.map((name) => ({ name, length: 0 }));
  if (labels.length === 1) return nodes[0]!;
  let active = labels.map((_, i) => i);

  while (active.length > 3) {
    const n = active.length;
    const r = rowSums(dist, active);
    const [f, g] = minimalQ(dist, active, r);
    const dfg = dist[f][g];
    const [lf, lg] = clampPair(dfg / 2 + (r.get(f)! - r.get(g)!) / (2 * (n - 2)), dfg);
    nodes[f]!.length = lf;
    nodes[g]!.length = lg;
    const joined: TreeNode = { length: 0, children: [nodes[f]!, nodes[g]!] };
    for (const k of active) {
      if (k === f || k === g) continue;
      const dk = Math.max(0, (dist[f][k] + dist[g][k] - dfg) / 2);
      dist[f][k] = dk;
      dist[k][f] = dk;
    }
    nodes[f] = joined;
    nodes[g] = null;
    active = active.filter((k) => k !== g);
  }

  if (active.length === 2) {
    const [i, j] = active;
    nodes[i]!.length = dist[i][j] / 2;
    nodes[j]!.length = dist[i][j] / 2;
    return { length: 0, children: [nodes[i]!, nodes[j]!] };
  }
  const [i, j, k] = active;
  // Three-point formula for the star that joins the last three clusters.
  nodes[i]!.length = Math.max(0, (dist[i][j] + dist[i][k] - dist[j][k]) / 2);
  nodes[j]!.length = Math.max(0, (dist[i][j] + dist[j][k] - dist[i][k]) / 2);
  nodes[k]!.length = Math.max(0, (dist[i][k] + dist[j][k] - dist[i][j]) / 2);
  return { length: 0, children: [nodes[i]!, nodes[j]!, nodes[k]!] };
}

function rowSums(dist: number[][], active: number[]): Map<number, number> {
  const r = new Map<number, number>();
  for (const i of active) r.set(i, active.reduce((sum, j) => sum + dist[i][j], 0));
  return r;
}

// Ties go to the first pair in the active order, so equal inputs always give the same tree.
function minimalQ(dist: number[][], active: number[], r: Map<number, number>): [number, number] {
  const n = active.length;
  let best: [number, number] = [active[0], active[1]];
  let bestQ = Infinity;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const i = active[a];
      const j = active[b];
      const q = (n - 2) * dist[i][j] - r.get(i)! - r.get(j)!;
      if (q < bestQ - 1e-12 * Math.max(1, Math.abs(q))) {
        bestQ = q;
        best = [i, j];
      }
    }
  }
  return best;
}

function clampPair(lf: number, total: number): [number, number] {
  const t = Math.max(0, total);
  if (lf < 0) return [0, t];
  if (lf > t) return [t, 0];
  return [lf, t - lf];
}
