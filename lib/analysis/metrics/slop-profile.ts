// Over-representation against human writing, as slop-forensics does: the ratio of a term's corpus
// frequency to its human frequency, for terms seen at least `minCount` times in at least `minPrompts`
// distinct prompts. Terms missing from the reference get a floor of half a count (add-½ smoothing).

import type { CorpusFeatures, NgramTable } from "@/lib/features/feature-types";
import { countsKind, humanCount, type HumanReference } from "@/lib/analysis/human-reference";
import type { SlopProfileEntry } from "@/lib/analysis/result-types";
import { termReader } from "@/lib/features/term-list-bytes";

export type SlopOptions = { minCount: number; minPrompts: number; top: number };
export const DEFAULT_SLOP: SlopOptions = { minCount: 5, minPrompts: 3, top: 50 };

export function slopRatio(count: number, total: number, humanCountValue: number, humanTotal: number): number {
  return count / total / (Math.max(0.5, humanCountValue) / humanTotal);
}

export function slopProfile(f: CorpusFeatures, ref: HumanReference, options: Partial<SlopOptions> = {}): SlopProfileEntry[] {
  const o = { ...DEFAULT_SLOP, ...options };
  const out: SlopProfileEntry[] = [];
  const tokens = Math.max(1, f.tokens);
  scanTable(f.unigrams, "word", ref, o, tokens, out);
  scanTable(f.bigrams, "bigram", ref, o, tokens, out);
  scanTable(f.trigrams, "trigram", ref, o, tokens, out);
  return out.sort((a, b) => b.ratio - a.ratio || (a.term < b.term ? -1 : 1)).slice(0, o.top);
}

/** One table's terms past the thresholds, into `out`. A function of its own, not a closure per call: each new closure was compiled again. */
function scanTable(t: NgramTable, kind: SlopProfileEntry["kind"], ref: HumanReference, o: SlopOptions, tokens: number, out: SlopProfileEntry[]): void {
  if (!countsKind(ref, kind)) return;
  const { minCount, minPrompts } = o;
  const termAt = termReader(t); // only the terms past the thresholds become strings
  for (let i = 0; i < t.counts.length; i++) {
    if (t.counts[i] < minCount || t.prompts[i] < minPrompts) continue;
    const term = termAt(i);
    const h = humanCount(ref, term, kind);
    if (h === null) continue;
    out.push({
      term,
      kind,
      ratio: slopRatio(t.counts[i], tokens, h, ref.total),
      perMillion: (1e6 * t.counts[i]) / tokens,
      prompts: t.prompts[i],
    });
  }
}
