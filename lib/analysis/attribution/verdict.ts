// Verdict: name the source whose distinctive vocabulary the candidate inherited, only when that is unlikely
// to be wrong. A wrong attribution is a false accusation, so every doubt makes the verdict "inconclusive":
// sources that cannot be told apart, no calibrated confidence (no bootstrap, or a candidate smaller than any
// calibration trial), a corpus made of several sources' texts, too few sources to rule out a missing teacher,
// a confidence below the threshold (the teacher may simply not be among the sources), or a runner-up within
// the bootstrap interval.
// `reason` is one plain sentence; `details` carries the numbers.

import { sourcesForVerdict, type ConfidenceLimit } from "@/lib/analysis/attribution/calibration";
import { defaultParams } from "@/lib/analysis/params";
import type { RankingEntry, Separability, Verdict } from "@/lib/analysis/result-types";

/** Separable when CV accuracy exceeds chance by three binomial standard errors (and there are 2+ sources). */
export function isSeparable(accuracy: number, classes: number, n: number): boolean {
  if (classes < 2 || n === 0) return false;
  const chance = 1 / classes;
  return accuracy > chance + 3 * Math.sqrt((chance * (1 - chance)) / n);
}

export type VerdictDetail = {
  /** share of bootstrap replicates in which the top source ranks first */
  support?: number;
  /** top-1 minus top-2, in bootstrap standard errors */
  margin?: number;
  /** calibrated confidence needed to name a source */
  threshold?: number;
  /** sources whose answers the candidate copies word for word often enough to count, with how many */
  copiedFrom?: { source: string; documents: number }[];
  /** what held the confidence down (calibration.ts candidateConfidence) */
  limit?: ConfidenceLimit | null;
  /** sources in the analysis */
  sources?: number;
};

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
const size = (z: { documents: number; words: number }) => `${count(z.documents, "document", "documents")} and ${count(z.words, "word", "words")}`;

const pct = (x: number) => `${Math.round(100 * x)}%`;

export function decideVerdict(ranking: RankingEntry[], confidence: number, separability: Separability, detail: VerdictDetail = {}): Verdict {
  const [top, second] = ranking;
  if (!top) return { source: null, confidence: 0, status: "inconclusive", reason: "There are no sources to compare against." };
  const numbers = [
    `confidence ${pct(confidence)}${detail.threshold !== undefined ? ` (needs ${pct(detail.threshold)})` : ""}`,
    detail.support !== undefined ? `first in ${pct(detail.support)} of bootstrap replicates` : null,
    detail.margin !== undefined && Number.isFinite(detail.margin) ? `margin ${detail.margin.toFixed(1)} SE over ${second?.source ?? "the rest"}` : null,
  ]
    .filter(Boolean)
    .join("; ");
  // Answers copied from one source are evidence of their own, whatever the vocabulary says: the reason names them.
  const copied = detail.copiedFrom?.length === 1 ? detail.copiedFrom[0] : null;
  const withCopies = (reason: string) =>
    copied ? `${reason} ${copied.documents} of its answers are ${copied.source}'s, word for word.` : reason;
  const inconclusive = (reason: string): Verdict => ({ source: null, confidence, status: "inconclusive", reason: withCopies(reason), details: numbers });
  if (!separability.separable) {
    return inconclusive(
      `The sources are too alike to tell apart: a classifier trained on them is right ${pct(separability.accuracy)} of the time, against ${pct(separability.chance)} by chance.`,
    );
  }
  const limit = detail.limit;
  if (limit?.kind === "uncalibrated") {
    return inconclusive(`Without bootstrap replicates there is no calibrated confidence, so no source is named: run the analysis with them (${defaultParams.bootstrap} by default).`);
  }
  if (limit?.kind === "small-sample") {
    return inconclusive(
      `It has too little text for a calibrated verdict: ${size(limit.size)}, where the smallest sample the confidence was calibrated on had ${size(limit.smallest)}. Add more of its outputs.`,
    );
  }
  if (detail.copiedFrom && detail.copiedFrom.length > 1) {
    const sources = detail.copiedFrom.map((c) => `${c.source}: ${c.documents}`).join(", ");
    return inconclusive(`Its answers copy several sources word for word (${sources}): it mixes their texts, so no single source can be named.`);
  }
  if (limit?.kind === "few-sources") {
    const needed = sourcesForVerdict(detail.threshold);
    const tested =
      limit.openSetTrials === 0 ? "cannot test a teacher that is missing, so it cannot" : `can leave a teacher out only ${limit.openSetTrials} times: too few to`;
    return inconclusive(
      `Its distinctive vocabulary is closest to ${top.source}'s, but with ${detail.sources ?? ranking.length} sources the calibration ${tested} be ${pct(detail.threshold ?? 0.9)} sure the teacher is among them. Add other models as sources (${needed} or more in all) for a verdict.`,
    );
  }
  if (detail.threshold !== undefined && !(confidence >= detail.threshold)) {
    return inconclusive(
      `Its distinctive vocabulary is closest to ${top.source}'s, but not clearly enough to rule out a teacher that is not among the sources.`,
    );
  }
  if (second && top.low <= second.high) {
    return inconclusive(`${top.source} and ${second.source} are too close to call: their 95% intervals overlap.`);
  }
  return {
    source: top.source,
    confidence,
    status: "attributed",
    reason: withCopies(
      `Its distinctive vocabulary follows ${top.source}'s more closely than any other source's, and in trials with a known answer, including trials whose true source was missing, a lead this clear was rarely wrong.`,
    ),
    details: numbers,
  };
}
