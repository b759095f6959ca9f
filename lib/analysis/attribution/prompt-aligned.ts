// Prompt-aligned comparison: for each prompt answered by the candidate and by at least two sources, the
// source whose response is closest (TF-IDF cosine) wins that prompt.

import type { DocumentVectors } from "@/lib/analysis/attribution/document-vectors";
import type { SparseRows } from "@/lib/analysis/attribution/logistic-regression";
import type { CorpusFeatures } from "@/lib/features/feature-types";

function promptKeys(f: CorpusFeatures, d: number): string[] {
  const keys: string[] = [];
  if (f.docs.promptIds[d]) keys.push(`id:${f.docs.promptIds[d]}`);
  if (f.docs.promptHashes[d]) keys.push(`text:${f.docs.promptHashes[d]}`);
  return keys;
}

/** Per source, prompt key → vector row; `norm` caches squared row norms across candidates. */
export type PromptLookup = Map<string, number>[] & { norm?: (row: number) => number };

/** Per source, prompt key → vector row of its first response (built once for all candidates). */
export function promptLookup(vectors: DocumentVectors, features: CorpusFeatures[], sources: number[]): PromptLookup {
  return sources.map((s): Map<string, number> => {
    const m = new Map<string, number>();
    vectors.docs[s].forEach((d, r) => {
      for (const k of promptKeys(features[s], d)) if (!m.has(k)) m.set(k, vectors.start[s] + r);
    });
    return m;
  });
}

/** Squared norm of each row, computed on first use (source rows are compared with every candidate). */
function normCache(x: SparseRows): (row: number) => number {
  const cache = new Float64Array(x.offsets.length - 1).fill(-1);
  return (row) => {
    if (cache[row] >= 0) return cache[row];
    let n = 0;
    for (let k = x.offsets[row]; k < x.offsets[row + 1]; k++) n += x.values[k] * x.values[k];
    return (cache[row] = n);
  };
}

/** Per aligned prompt, the index (into `sources`) of the closest source response. */
export function alignPrompts(
  vectors: DocumentVectors,
  features: CorpusFeatures[],
  candidate: number,
  sources: number[],
  lookup: PromptLookup = promptLookup(vectors, features, sources),
): number[] {
  const x = vectors.rows;
  const norm = lookup.norm ?? (lookup.norm = normCache(x));
  // The candidate row is scattered once into a dense scratch and dotted with each source response.
  const scratch = new Float64Array(x.dims);
  const winners: number[] = [];
  const others: number[] = [];
  vectors.docs[candidate].forEach((d, r) => {
    const keys = promptKeys(features[candidate], d);
    if (keys.length === 0) return;
    others.length = 0;
    for (const m of lookup) {
      const other = keys.map((k) => m.get(k)).find((v) => v !== undefined);
      others.push(other ?? -1);
    }
    if (others.filter((o) => o >= 0).length < 2) return;
    const row = vectors.start[candidate] + r;
    for (let k = x.offsets[row]; k < x.offsets[row + 1]; k++) scratch[x.index[k]] = x.values[k];
    const na = norm(row);
    let best = -1;
    let bestSim = -Infinity;
    others.forEach((other, si) => {
      if (other < 0) return;
      let dot = 0;
      for (let k = x.offsets[other]; k < x.offsets[other + 1]; k++) dot += scratch[x.index[k]] * x.values[k];
      const nb = norm(other);
      const sim = na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
      if (sim > bestSim) {
        bestSim = sim;
        best = si;
      }
    });
    for (let k = x.offsets[row]; k < x.offsets[row + 1]; k++) scratch[x.index[k]] = 0;
    winners.push(best);
  });
  return winners;
}
