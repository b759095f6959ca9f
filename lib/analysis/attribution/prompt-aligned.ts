// Prompt-aligned comparison: for each prompt answered by the candidate and by at least two sources, the
// source whose response is closest (TF-IDF cosine) wins that prompt. A self-contained task: it runs on a
// worker thread when there is one.

import type { DocumentVectors } from "@/lib/analysis/attribution/document-vectors";
import type { SparseRows } from "@/lib/analysis/attribution/logistic-regression";
import type { CorpusFeatures } from "@/lib/features/feature-types";

export type AlignTask = {
  vectors: DocumentVectors;
  /** per corpus, per vector row: the row's prompt keys (prompt id and/or prompt-text hash) */
  rowKeys: string[][][];
  sources: number[];
  candidates: number[];
};

/** Prompt keys of every vector row, per corpus (the task's input: plain strings, cheap to send to a thread). */
export function rowPromptKeys(vectors: DocumentVectors, features: CorpusFeatures[]): string[][][] {
  return features.map((f, i) =>
    Array.from(vectors.docs[i], (d) => {
      const keys: string[] = [];
      if (f.docs.promptIds[d]) keys.push(`id:${f.docs.promptIds[d]}`);
      if (f.docs.promptHashes[d]) keys.push(`text:${f.docs.promptHashes[d]}`);
      return keys;
    }),
  );
}

/** Per candidate, the index (into `sources`) of the closest source response on each aligned prompt. */
export function alignCandidates(task: AlignTask): number[][] {
  const { vectors, rowKeys, sources } = task;
  // Per source, prompt key → row of its first response to that prompt.
  const lookup = sources.map((s) => {
    const m = new Map<string, number>();
    rowKeys[s].forEach((keys, r) => {
      for (const k of keys) if (!m.has(k)) m.set(k, vectors.start[s] + r);
    });
    return m;
  });
  const norm = normCache(vectors.rows);
  return task.candidates.map((c) => alignCandidate(vectors, rowKeys[c], c, lookup, norm));
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

function alignCandidate(vectors: DocumentVectors, keysOfRow: string[][], candidate: number, lookup: Map<string, number>[], norm: (row: number) => number): number[] {
  const x = vectors.rows;
  // The candidate row is scattered once into a dense scratch and dotted with each source response.
  const scratch = new Float64Array(x.dims);
  const winners: number[] = [];
  const others = new Int32Array(lookup.length);
  keysOfRow.forEach((keys, r) => {
    if (keys.length === 0) return;
    let found = 0;
    lookup.forEach((m, si) => {
      let other = -1;
      for (const k of keys) {
        const v = m.get(k);
        if (v !== undefined) {
          other = v;
          break;
        }
      }
      others[si] = other;
      if (other >= 0) found++;
    });
    if (found < 2) return;
    const row = vectors.start[candidate] + r;
    for (let k = x.offsets[row]; k < x.offsets[row + 1]; k++) scratch[x.index[k]] = x.values[k];
    const na = norm(row);
    let best = -1;
    let bestSim = -Infinity;
    for (let si = 0; si < others.length; si++) {
      const other = others[si];
      if (other < 0) continue;
      let dot = 0;
      for (let k = x.offsets[other]; k < x.offsets[other + 1]; k++) dot += scratch[x.index[k]] * x.values[k];
      const nb = norm(other);
      const sim = na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
      if (sim > bestSim) {
        bestSim = sim;
        best = si;
      }
    }
    for (let k = x.offsets[row]; k < x.offsets[row + 1]; k++) scratch[x.index[k]] = 0;
    winners.push(best);
  });
  return winners;
}
