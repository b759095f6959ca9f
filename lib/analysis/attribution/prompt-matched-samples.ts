// The sources' documents on a candidate's own prompts. A candidate that answered only part of the sources'
// prompts differs from every source by topic as well as by teacher, and the topic alone can rank a wrong
// source first with a clear lead. Such a candidate is compared with the sources on its prompts only
// (prompt-matched-tables.ts), and its teacher-absent calibration trials are made the same way. Candidates on
// the same prompts share one group.

import type { CorpusFeatures } from "@/lib/features/feature-types";

/** When every source has this share of its sample or more on the candidate's prompts, sources stay whole. */
const WHOLE_COVERAGE = 0.9;
/** Below this share of the candidate's documents on the sources' prompts, its topics cannot be matched: sources stay whole. */
const MIN_CANDIDATE_SHARED = 0.5;
/** Documents each source needs on the candidate's prompts (two blocks to bootstrap). */
const MIN_MATCHED = 2;

export type PromptMatchedGroup = {
  /** candidates (indices into the analysis' candidates) compared with the sources on this group's prompts */
  candidates: number[];
  /** per source, its sampled documents on these candidates' prompts */
  samples: Uint32Array[];
};

export type PromptMatched = { groups: PromptMatchedGroup[]; groupOf: Int32Array /* per candidate, -1 when compared with whole sources */ };

/** Prompt ids and prompt-text hashes, each in a set of its own (a document matches on either). */
type PromptSet = { ids: Set<string>; texts: Set<string> };

const emptySet = (): PromptSet => ({ ids: new Set(), texts: new Set() });

function addPrompt(set: PromptSet, f: CorpusFeatures, d: number): void {
  const id = f.docs.promptIds[d];
  const text = f.docs.promptHashes[d];
  if (id) set.ids.add(id);
  if (text) set.texts.add(text);
}

function hasPrompt(set: PromptSet, f: CorpusFeatures, d: number): boolean {
  const id = f.docs.promptIds[d];
  const text = f.docs.promptHashes[d];
  return (!!id && set.ids.has(id)) || (!!text && set.texts.has(text));
}

/**
 * Per candidate, whether it is compared with the sources on its own prompts: when most of its documents
 * answer prompts the sources answered, and it does not cover (almost) all of theirs. `samples`: each
 * source's sampled documents (the ones its block sums hold).
 */
export function promptMatchedSamples(features: CorpusFeatures[], samples: Uint32Array[], sourceIdx: number[], candIdx: number[]): PromptMatched {
  const sourcePrompts = emptySet();
  for (const s of sourceIdx) for (const d of samples[s]) addPrompt(sourcePrompts, features[s], d);
  const groups: PromptMatchedGroup[] = [];
  const bySignature = new Map<string, number>();
  const groupOf = new Int32Array(candIdx.length).fill(-1);
  candIdx.forEach((c, ci) => {
    const f = features[c];
    const own = emptySet();
    let shared = 0;
    for (let d = 0; d < f.documents; d++) {
      addPrompt(own, f, d);
      if (hasPrompt(sourcePrompts, f, d)) shared++;
    }
    if (shared < MIN_CANDIDATE_SHARED * f.documents) return;
    const matched = sourceIdx.map((s) => samples[s].filter((d) => hasPrompt(own, features[s], d)));
    if (matched.some((m) => m.length < MIN_MATCHED)) return;
    if (matched.every((m, i) => m.length >= WHOLE_COVERAGE * samples[sourceIdx[i]].length)) return;
    const signature = matched.map((m) => m.join(",")).join(";");
    let g = bySignature.get(signature);
    if (g === undefined) {
      g = groups.push({ candidates: [], samples: matched }) - 1;
      bySignature.set(signature, g);
    }
    groups[g].candidates.push(ci);
    groupOf[ci] = g;
  });
  return { groups, groupOf };
}
