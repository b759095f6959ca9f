// Two questions, two sets of evidence. Kinship: the form a shared base model leaves (function-word rates,
// character n-grams, punctuation and layout, the per-document classifier that mostly reads these). A
// fine-tune keeps its base model's form. Inheritance: the distinctive vocabulary a student copies from the
// texts it was trained on (over-represented words, and which words it over- and under-uses). The verdict
// answers inheritance; kinship is reported beside it, and a disagreement is said in plain words.

import type { MetricId } from "@/lib/analysis/result-types";

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

/** The two answers side by side, in plain words. */
export function readQuestions(kin: string | null, inherited: string | null): { agree: boolean; text: string } {
  if (!kin || !inherited) return { agree: true, text: "There are no sources to compare against." };
  if (kin === inherited) return { agree: true, text: `Its form and its distinctive vocabulary both point to ${inherited}.` };
  return {
    agree: false,
    text: `Its form is closest to ${kin} (a shared base model, likely); its distinctive vocabulary matches ${inherited} (what it learnt from, likely).`,
  };
}
