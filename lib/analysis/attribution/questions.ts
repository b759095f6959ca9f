// Two questions, two sets of evidence. Kinship: the form a shared base model leaves (function-word rates,
// character n-grams, punctuation and layout, the per-document classifier that mostly reads these). A
// fine-tune keeps its base model's form. Inheritance: the distinctive vocabulary a student copies from the
// texts it was trained on (over-represented words, and which words it over- and under-uses). The verdict
// answers inheritance; kinship is reported beside it, and a disagreement is said in plain words.

import type { MetricId, RankingEntry } from "@/lib/analysis/result-types";

export type Question = "kinship" | "inheritance";
export type ScoredMetric = Exclude<MetricId, "combined">;

export const QUESTION_METRICS: Record<Question, ScoredMetric[]> = {
  kinship: ["burrows-delta", "cosine-delta", "jensen-shannon", "char-ngram-cosine", "style-markers", "classifier", "prompt-aligned"],
  inheritance: ["slop-jaccard", "log-odds-correlation"],
};

/** Equal weights for the question's metrics, 0 for the rest (the combination reads weights by name). */
export function questionWeights(question: Question): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of Object.keys(QUESTION_METRICS) as Question[]) for (const m of QUESTION_METRICS[q]) out[m] = q === question ? 1 : 0;
  return out;
}

/** The question's top source, when its 95% interval is clear of the second's (else null: no source stands out). */
function standsOut(ranking: RankingEntry[]): string | null {
  const [top, second] = ranking;
  if (!top) return null;
  return !second || top.low > second.high ? top.source : null;
}

/** The two answers side by side, in plain words; `agree` is false only when each names a different source. */
export function readQuestions(kinship: RankingEntry[], inheritance: RankingEntry[]): { agree: boolean; text: string } {
  if (inheritance.length === 0) return { agree: true, text: "There are no sources to compare against." };
  const kin = standsOut(kinship);
  const inherited = standsOut(inheritance);
  if (kin && inherited && kin === inherited) return { agree: true, text: `Its form and its distinctive vocabulary both point to ${inherited}.` };
  if (kin && inherited) {
    return {
      agree: false,
      text: `Its form is closest to ${kin} (a shared base model, likely); its distinctive vocabulary matches ${inherited} (what it learnt from, likely).`,
    };
  }
  if (kin) return { agree: true, text: `Its form is closest to ${kin} (a shared base model, likely); its distinctive vocabulary does not single out any source.` };
  if (inherited) return { agree: true, text: `Its distinctive vocabulary matches ${inherited}; its form does not single out any source.` };
  return { agree: true, text: "Neither its form nor its distinctive vocabulary singles out any source." };
}
