// How far the prompt, not the model, decides whether an answer uses a word. Among the sources' answers to
// one prompt, a topic word ("pygame") is in all of them or in none; a habit ("delve") is in some models'
// answers to every kind of prompt. Per word of the space, the intraclass correlation of its presence, with
// the answers to one prompt as a class, measures this: near 0 for a habit, near 1 for a topic word. The
// vocabulary correlation weighs each word by 1 − that (corpus-metrics.ts), so a candidate that answered
// other prompts than the sources is not drawn to the source whose habits happen to be its topics' words.

import type { AnalysisSpace } from "@/lib/analysis/attribution/analysis-space";
import { promptGroup } from "@/lib/analysis/attribution/prompt-folds";

/** Fewer prompts answered by two or more sources than this: too few to tell topic from habit (no weights). */
export const MIN_PROMPT_GROUPS = 20;

/** Per column of the word space, 1 − the intraclass correlation of its presence within prompts (0..1); null when the sources share too few prompts. */
export function promptDrivenWeights(space: AnalysisSpace, sourceIdx: number[]): Float64Array | null {
  const groups = new Map<string, { view: number; doc: number }[]>();
  for (const s of sourceIdx) {
    const { features, sample } = space.views[s];
    for (const d of sample) {
      const key = promptGroup(features, d);
      if (key.startsWith("doc:")) continue; // no prompt: nothing to group it with
      const members = groups.get(key);
      if (members) members.push({ view: s, doc: d });
      else groups.set(key, [{ view: s, doc: d }]);
    }
  }
  const W = space.words.length;
  const coPresent = new Float64Array(W); // Σ over prompts of n(n − 1), n = answers to it using the word
  const present = new Float64Array(W);
  const inGroup = new Uint32Array(W);
  const touched: number[] = [];
  let pairs = 0;
  let members = 0;
  let used = 0;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    used++;
    for (const { view, doc } of group) {
      const { offsets, index } = space.views[view].words;
      for (let k = offsets[doc]; k < offsets[doc + 1]; k++) {
        const j = index[k];
        if (inGroup[j]++ === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      const n = inGroup[j];
      coPresent[j] += n * (n - 1);
      present[j] += n;
      inGroup[j] = 0;
    }
    touched.length = 0;
    pairs += group.length * (group.length - 1);
    members += group.length;
  }
  if (used < MIN_PROMPT_GROUPS) return null;
  const weights = new Float64Array(W);
  for (let j = 0; j < W; j++) {
    const p = present[j] / members;
    const variance = p * (1 - p);
    const icc = variance > 0 ? (coPresent[j] / pairs - p * p) / variance : 0;
    weights[j] = Math.min(1, Math.max(0, 1 - icc));
  }
  return weights;
}
