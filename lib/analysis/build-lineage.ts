// Lineage views over all corpora from the Cosine Delta matrix: UPGMA and neighbour-joining trees with
// bootstrap branch support, PCA of the z-scored MFW rows, classical MDS of the distances.

import type { MetricTables } from "@/lib/analysis/attribution/corpus-metrics";
import { branchSupport } from "@/lib/analysis/lineage/branch-support";
import { classicalMds } from "@/lib/analysis/lineage/classical-mds";
import { neighborJoining } from "@/lib/analysis/lineage/neighbor-joining";
import { toNewick } from "@/lib/analysis/lineage/newick";
import { pca } from "@/lib/analysis/lineage/pca";
import { upgma } from "@/lib/analysis/lineage/upgma";
import type { Lineage } from "@/lib/analysis/result-types";

export function buildLineage(
  labels: string[],
  roles: ("source" | "candidate")[],
  tables: MetricTables,
  replicates: number[][][],
): Lineage {
  const d = tables.all;
  const tree = (build: typeof upgma) => {
    const t = build(labels, d);
    const withSupport = replicates.length > 0 ? branchSupport(t, replicates.map((r) => build(labels, r))) : t;
    return { newick: toNewick(withSupport), tree: withSupport };
  };
  const canTree = labels.length >= 2;
  const empty = { newick: ";", tree: { length: 0, children: [] } };
  return {
    labels,
    roles,
    metric: "cosine-delta",
    distance: d,
    upgma: canTree ? tree(upgma) : empty,
    nj: labels.length >= 3 ? tree(neighborJoining) : canTree ? tree(upgma) : empty,
    pca: labels.length >= 2 ? pca(tables.mfwZ.map((r) => Array.from(r)), labels) : { points: [], explained: [0, 0] },
    mds: labels.length >= 2 ? classicalMds(d, labels) : { points: [] },
  };
}
