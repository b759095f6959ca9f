// Which languages an analysis compares, and the human word-frequency list each corpus is measured
// against: SUBTLEX for English, jieba's dictionary for Chinese; a corpus in a language without a list is
// compared with the other corpora of the analysis instead, and its slop profile says so.

import { humanReferenceFromCounts, loadDefaultHumanReference, type HumanReference } from "@/lib/analysis/human-reference";
import type { CorpusFeatures } from "@/lib/features/feature-types";
import { describeLanguages, languageName, mainLanguage } from "@/lib/text/detect-languages";
import { readJiebaDictionary } from "@/lib/text/segment-unspaced";

let chinese: HumanReference | null = null;

/** jieba's dictionary (@node-rs/jieba, MIT): 349k words with their counts in its training corpora. */
function loadChineseReference(): HumanReference {
  if (chinese) return chinese;
  const dict = readJiebaDictionary();
  const rows: { word: string; count: number }[] = [];
  for (const line of new TextDecoder().decode(dict).split("\n")) {
    const [word, count] = line.split(" ");
    if (word && Number(count) > 0) rows.push({ word, count: Number(count) });
  }
  chinese = humanReferenceFromCounts("jieba dictionary (Chinese)", rows);
  return chinese;
}

/** The human list for an ISO 639-3 language code, or null when the project ships none for it. */
export function humanReferenceForLanguage(code: string | null): HumanReference | null {
  if (code === "eng") return loadDefaultHumanReference();
  if (code === "cmn") return loadChineseReference();
  return null;
}

export type CorpusReference = { reference: HumanReference; note: string | null };

/**
 * The reference for corpus `i`: the analysis' own when one was given, else its language's list, else
 * the pooled words of the other corpora (with a note saying so).
 */
export function referenceForCorpus(all: CorpusFeatures[], i: number, given: HumanReference | undefined): CorpusReference {
  if (given) return { reference: given, note: null };
  const code = mainLanguage(all[i].languages ?? []);
  const list = humanReferenceForLanguage(code);
  if (list) return { reference: list, note: null };
  const words = new Map<string, number>();
  let total = 0;
  all.forEach((f, j) => {
    if (j === i) return;
    total += f.tokens;
    f.unigrams.terms.forEach((w, k) => words.set(w, (words.get(w) ?? 0) + f.unigrams.counts[k]));
  });
  const why = code ? `No human word list for ${languageName(code)}` : `No single main language (${describeLanguages(all[i].languages ?? [])})`;
  return {
    reference: { name: "the other corpora of this analysis", total, words, bigrams: null, trigrams: null },
    note: `${why}: compared with the other corpora of this analysis instead.`,
  };
}

/** A warning for the top of the result when the corpora's main languages differ, else null. */
export function languageWarning(corpora: { name: string; features: CorpusFeatures }[]): string | null {
  const groups = new Map<string, string[]>();
  for (const c of corpora) {
    const code = mainLanguage(c.features.languages ?? []) ?? "mixed";
    groups.set(code, [...(groups.get(code) ?? []), c.name]);
  }
  if (groups.size < 2) return null;
  const parts = [...groups].map(([code, names]) => `${names.join(", ")}: ${code === "mixed" ? describeLanguages(corpora.find((c) => c.name === names[0])!.features.languages ?? []) : languageName(code)}`);
  return `These corpora are in different languages (${parts.join("; ")}). Word-level similarity between them measures language, not teacher: compare corpora written in one language.`;
}
