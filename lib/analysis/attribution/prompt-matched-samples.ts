// The prompts a candidate shares with the sources. A candidate that answered only part of the sources'
// prompts, or many they did not answer, differs from every source by topic as well as by teacher, and the
// topic alone can rank a wrong source first with a clear lead. Such a candidate is compared with the
// sources on the shared prompts only, both sides (prompt-matched-tables.ts), and its teacher-absent
// calibration trials are made the same way. Candidates sharing the same prompts share one group.

import type { PromptCoverage } from "@/lib/analysis/result-types";
import type { CorpusFeatures } from "@/lib/features/feature-types";

/** A corpus with this share of its sample or more on the shared prompts is compared whole. */
export const WHOLE_COVERAGE = 0.9;
/**
 * Below this many of the candidate's documents on the sources' prompts, and below this share of them, too
 * little would be compared: everything stays whole (and the comparison is only as good as the assumption
 * that topic does not favour one source).
 */
const MIN_SHARED_DOCUMENTS = 100;
const MIN_SHARED_SHARE = 0.5;
/** Documents each side needs on the shared prompts (two blocks to bootstrap). */
const MIN_MATCHED = 2;
/**
 * Each group holds every source's block sums again, so an analysis keeps at most this many (those with the
 * most candidates; the others' candidates are compared whole), with half the usual blocks per source: up to
 * 100 sources × 4 groups stays within a few hundred MB.
 */
export const MAX_GROUPS = 4;
export const MATCHED_SOURCE_BLOCKS = 25;

export type PromptMatchedGroup = {
  /** candidates (indices into the analysis' candidates) compared with the sources on this group's prompts */
  candidates: number[];
  /** per source, its sampled documents on these candidates' prompts */
  samples: Uint32Array[];
};

export type PromptMatched = {
  groups: PromptMatchedGroup[];
  /** per candidate, its group, or -1 when it is compared whole with whole sources */
  groupOf: Int32Array;
  /** per candidate, its sampled documents on the shared prompts; null when it is compared whole */
  candidateSamples: (Uint32Array | null)[];
  /** per candidate; null when its documents or the sources' name no prompts (nothing to tell) */
  coverage: (PromptCoverage | null)[];
};

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

const namesPrompt = (f: CorpusFeatures, d: number) => !!f.docs.promptIds[d] || !!f.docs.promptHashes[d];

/** The prompts of `docs`, as one key: candidates on the same prompts share the sources' filtering. */
function promptKey(f: CorpusFeatures, docs: Uint32Array): string {
  const keys = new Set<string>();
  for (const d of docs) keys.add(`${f.docs.promptIds[d] ?? ""}\u0001${f.docs.promptHashes[d] ?? ""}`);
  return [...keys].sort().join("\u0000");
}

/**
 * Per candidate, whether it is compared with the sources on the prompts they share: when it and they share
 * enough prompts, and either side answered (noticeably) more than those. `samples`: each corpus' sampled
 * documents (the ones its block sums hold).
 */
export function promptMatchedSamples(features: CorpusFeatures[], samples: Uint32Array[], sourceIdx: number[], candIdx: number[]): PromptMatched {
  const sourcePrompts = emptySet();
  for (const s of sourceIdx) for (const d of samples[s]) addPrompt(sourcePrompts, features[s], d);
  const sourcesNamePrompts = sourcePrompts.ids.size + sourcePrompts.texts.size > 0;
  const groups: PromptMatchedGroup[] = [];
  // Each distinct prompt set filters the sources once (null: a candidate on it is compared whole); sets
  // whose filtered sources are the same documents share a group.
  const byPrompts = new Map<string, { matched: Uint32Array[]; group: number } | null>();
  const bySignature = new Map<string, number>();
  const groupOf = new Int32Array(candIdx.length).fill(-1);
  const candidateSamples: (Uint32Array | null)[] = candIdx.map(() => null);
  const coverage: (PromptCoverage | null)[] = candIdx.map(() => null);
  candIdx.forEach((c, ci) => {
    const f = features[c];
    const sample = samples[c];
    const shared = sample.filter((d) => hasPrompt(sourcePrompts, f, d));
    if (sourcesNamePrompts && sample.some((d) => namesPrompt(f, d))) coverage[ci] = { documents: sample.length, onSourcePrompts: shared.length };
    if (shared.length < Math.max(MIN_MATCHED, Math.min(MIN_SHARED_DOCUMENTS, MIN_SHARED_SHARE * sample.length))) return;
    const key = promptKey(f, shared);
    let entry = byPrompts.get(key);
    if (entry === undefined) {
      entry = groupFor(features, samples, sourceIdx, f, shared, groups, bySignature);
      byPrompts.set(key, entry);
    }
    if (entry === null) return;
    const candidateWhole = shared.length >= WHOLE_COVERAGE * sample.length;
    if (candidateWhole && entry.matched.every((m, i) => m.length >= WHOLE_COVERAGE * samples[sourceIdx[i]].length)) return;
    groups[entry.group].candidates.push(ci);
    groupOf[ci] = entry.group;
    if (!candidateWhole) candidateSamples[ci] = shared;
  });
  return keepLargestGroups({ groups: groups.filter((g) => g.candidates.length > 0), groupOf: renumber(groups, groupOf), candidateSamples, coverage });
}

/** The sources' sampled documents on the prompts of `shared`, and their group (made when new); null when a source has too few. */
function groupFor(
  features: CorpusFeatures[],
  samples: Uint32Array[],
  sourceIdx: number[],
  f: CorpusFeatures,
  shared: Uint32Array,
  groups: PromptMatchedGroup[],
  bySignature: Map<string, number>,
): { matched: Uint32Array[]; group: number } | null {
  const prompts = emptySet();
  for (const d of shared) addPrompt(prompts, f, d);
  const matched = sourceIdx.map((s) => samples[s].filter((d) => hasPrompt(prompts, features[s], d)));
  if (matched.some((m) => m.length < MIN_MATCHED)) return null;
  const signature = matched.map((m) => m.join(",")).join(";");
  let group = bySignature.get(signature);
  if (group === undefined) {
    group = groups.push({ candidates: [], samples: matched }) - 1;
    bySignature.set(signature, group);
  }
  return { matched, group };
}

/** Group numbers once the groups no candidate joined (every one of theirs was whole) are dropped. */
function renumber(groups: PromptMatchedGroup[], groupOf: Int32Array): Int32Array {
  const newIndex: number[] = [];
  let next = 0;
  for (const g of groups) newIndex.push(g.candidates.length > 0 ? next++ : -1);
  return groupOf.map((g) => (g < 0 ? -1 : newIndex[g]));
}

/** The MAX_GROUPS groups with the most candidates (the first formed among equals); the rest compared whole. */
function keepLargestGroups(m: PromptMatched): PromptMatched {
  if (m.groups.length <= MAX_GROUPS) return m;
  const kept = m.groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.candidates.length - a.g.candidates.length || a.i - b.i)
    .slice(0, MAX_GROUPS)
    .sort((a, b) => a.i - b.i);
  const newIndex = new Map(kept.map(({ i }, k) => [i, k]));
  const groupOf = m.groupOf.map((g) => newIndex.get(g) ?? -1);
  return {
    groups: kept.map(({ g }) => g),
    groupOf,
    candidateSamples: m.candidateSamples.map((s, ci) => (groupOf[ci] < 0 ? null : s)),
    coverage: m.coverage,
  };
}
