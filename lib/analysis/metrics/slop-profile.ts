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
  const best = new TopRatios(o.top);
  const tokens = Math.max(1, f.tokens);
  scanTable(f.unigrams, "word", ref, o, tokens, out, best);
  scanTable(f.bigrams, "bigram", ref, o, tokens, out, best);
  scanTable(f.trigrams, "trigram", ref, o, tokens, out, best);
  return out.sort((a, b) => b.ratio - a.ratio || (a.term < b.term ? -1 : 1)).slice(0, o.top);
}

/**
 * One table's terms past the thresholds, into `out`, most frequent first. A term's ratio is at most what it
 * would be were it absent from the reference, and that bound falls with its count: once it is below the
 * `top`-th best ratio so far, no term left can make the top, and the rest of the table is not looked up in
 * the reference (most of it: each lookup was a cache miss in a map of ~10^5 words). The result is the same.
 * A function of its own, not a closure per call: each new closure was compiled again.
 */
function scanTable(t: NgramTable, kind: SlopProfileEntry["kind"], ref: HumanReference, o: SlopOptions, tokens: number, out: SlopProfileEntry[], best: TopRatios): void {
  if (!countsKind(ref, kind)) return;
  const termAt = termReader(t); // only the terms looked up become strings
  for (const i of eligibleByCount(t, o)) {
    if (slopRatio(t.counts[i], tokens, 0, ref.total) < best.cutOff()) break;
    const term = termAt(i);
    const h = humanCount(ref, term, kind);
    if (h === null) continue;
    const ratio = slopRatio(t.counts[i], tokens, h, ref.total);
    best.add(ratio);
    out.push({ term, kind, ratio, perMillion: (1e6 * t.counts[i]) / tokens, prompts: t.prompts[i] });
  }
}

/** Indices of the table's terms past the thresholds, in descending count. */
function eligibleByCount(t: NgramTable, o: SlopOptions): Uint32Array {
  const { minCount, minPrompts } = o;
  const picked: number[] = [];
  for (let i = 0; i < t.counts.length; i++) if (t.counts[i] >= minCount && t.prompts[i] >= minPrompts) picked.push(i);
  return Uint32Array.from(picked).sort((a, b) => t.counts[b] - t.counts[a]);
}

/** The `size` largest ratios added so far; cutOff() is the smallest of them (-Infinity until there are `size`). */
class TopRatios {
  private readonly ratios: number[] = [];

  constructor(private readonly size: number) {}

  add(ratio: number): void {
    if (this.size <= 0) return;
    if (this.ratios.length === this.size) {
      if (ratio <= this.ratios[0]) return;
      this.ratios.shift();
    }
    let k = 0;
    while (k < this.ratios.length && this.ratios[k] < ratio) k++;
    this.ratios.splice(k, 0, ratio);
  }

  cutOff(): number {
    return this.size > 0 && this.ratios.length === this.size ? this.ratios[0] : -Infinity;
  }
}
