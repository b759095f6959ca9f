// Prompt-aligned comparison: for each prompt answered by the candidate and by at least two sources, the
// source whose response is closest (TF-IDF cosine) wins that prompt.

import type { DocumentVectors } from "@/lib/analysis/attribution/document-vectors";
import { sparseCosine } from "@/lib/analysis/attribution/document-vectors";
import type { CorpusFeatures } from "@/lib/features/feature-types";

function promptKeys(f: CorpusFeatures, d: number): string[] {
  const keys: string[] = [];
  if (f.docs.promptIds[d]) keys.push(`id:${f.docs.promptIds[d]}`);
  if (f.docs.promptHashes[d]) keys.push(`text:${f.docs.promptHashes[d]}`);
  return keys;
}

export type PromptLookup = Map<string, number>[];

/** Per source, prompt key → vector row of its first response (built once for all candidates). */
export function promptLookup(vectors: DocumentVectors, features: CorpusFeatures[], sources: number[]): PromptLookup {
  return sources.map((s) => {
    const m = new Map<string, number>();
    vectors.docs[s].forEach((d, r) => {
      for (const k of promptKeys(features[s], d)) if (!m.has(k)) m.set(k, vectors.start[s] + r);
    });
    return m;
  });
}

/** Per aligned prompt, the index (into `sources`) of the closest source response. */
export function alignPrompts(
  vectors: DocumentVectors,
  features: CorpusFeatures[],
  candidate: number,
  sources: number[],
  lookup: PromptLookup = promptLookup(vectors, features, sources),
): number[] {
  const scratch = new Float64Array(vectors.rows.dims);
  const winners: number[] = [];
  vectors.docs[candidate].forEach((d, r) => {
    const keys = promptKeys(features[candidate], d);
    if (keys.length === 0) return;
    const row = vectors.start[candidate] + r;
    let best = -1;
    let bestSim = -Infinity;
    let matched = 0;
    lookup.forEach((m, si) => {
      const other = keys.map((k) => m.get(k)).find((x) => x !== undefined);
      if (other === undefined) return;
      matched++;
      const sim = sparseCosine(vectors.rows, row, other, scratch);
      if (sim > bestSim) {
        bestSim = sim;
        best = si;
      }
    });
    if (matched >= 2) winners.push(best);
  });
  return winners;
}
