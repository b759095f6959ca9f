// The one entry point: features of sources and candidates in, AnalysisResult out. Stages yield to the event
// loop between them so a worker can report progress.

import { buildAnalysisSpace, evenSample } from "@/lib/analysis/attribution/analysis-space";
import { percentileInterval } from "@/lib/analysis/attribution/bootstrap-interval";
import { combineZ, logistic, standardise } from "@/lib/analysis/attribution/combine-scores";
import { corpusMetrics, IS_DISTANCE, selectMfw, UNSUPERVISED, type MetricTables } from "@/lib/analysis/attribution/corpus-metrics";
import { buildDocumentVectors } from "@/lib/analysis/attribution/document-vectors";
import { applyCalibration, fitCalibration, marginInSe, type Trial } from "@/lib/analysis/attribution/calibration";
import { crossValidateFolds, predictRow, scores, softmaxInPlace, stackModels, type LogisticModel } from "@/lib/analysis/attribution/logistic-regression";
import { calibrationTrials } from "@/lib/analysis/attribution/calibration-trials";
import { foldedBlockSums, pickWeights, weightedProfile, type Profile } from "@/lib/analysis/attribution/profiles";
import { alignPrompts, promptLookup } from "@/lib/analysis/attribution/prompt-aligned";
import { promptFolds } from "@/lib/analysis/attribution/prompt-folds";
import { decideVerdict, isSeparable } from "@/lib/analysis/attribution/verdict";
import { buildTermIndex, evidenceForCandidate } from "@/lib/analysis/evidence/evidence-terms";
import { findSnippetsForTerms } from "@/lib/analysis/evidence/keyword-in-context";
import { loadDefaultHumanReference, type HumanReference } from "@/lib/analysis/human-reference";
import { buildLineage } from "@/lib/analysis/build-lineage";
import { createRandom, resampleIndices } from "@/lib/analysis/math/seeded-random";
import { slopProfile } from "@/lib/analysis/metrics/slop-profile";
import { resolveParams, SPACE } from "@/lib/analysis/params";
import type {
  AnalysisParams,
  AnalysisResult,
  CandidateResult,
  EvidenceTerm,
  MetricEntry,
  MetricId,
  RankingEntry,
  Separability,
} from "@/lib/analysis/result-types";
import { RESULT_VERSION } from "@/lib/analysis/result-types";
import type { CorpusFeatures } from "@/lib/features/feature-types";

export type SnippetDocument = { ordinal: number; text: string };

export type AnalysisCorpus = {
  id: string;
  name: string;
  model: string;
  features: CorpusFeatures;
  /** Only for keyword-in-context snippets; prefer `getDocuments` on the input to keep memory low. */
  documents?: SnippetDocument[];
};

export type AnalyzeInput = {
  sources: AnalysisCorpus[];
  candidates: AnalysisCorpus[];
  params?: Partial<AnalysisParams>;
  human?: HumanReference;
  onProgress?: (stage: string, fraction: number) => void;
  /** Loads a corpus' documents for snippets, one corpus at a time (called at most once per corpus). */
  getDocuments?: (corpus: AnalysisCorpus) => SnippetDocument[] | Promise<SnippetDocument[]>;
};

type Scored = Exclude<MetricId, "combined">;

/** Metric weights in the combination: equal, documented in docs/methods.md. */
export const METRIC_WEIGHTS: Record<Scored, number> = {
  "burrows-delta": 1,
  "cosine-delta": 1,
  "jensen-shannon": 1,
  "char-ngram-cosine": 1,
  "slop-jaccard": 1,
  "style-markers": 1,
  classifier: 1,
  "prompt-aligned": 1,
};

/** Prompt-aligned shares join the combination only with at least this many aligned prompts. */
export const MIN_ALIGNED_PROMPTS = 20;

/** Evidence terms per pair that get keyword-in-context snippets (the strongest first). */
export const SNIPPET_TERMS = 10;

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Similarities (higher = more alike) per metric for one candidate row of the tables. */
function similarities(tables: MetricTables, c: number, classifier: number[] | null, aligned: number[] | null): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const m of UNSUPERVISED) out[m] = tables.pairs[m][c].map((v) => (IS_DISTANCE[m] ? -v : v));
  if (classifier) out.classifier = classifier;
  if (aligned) out["prompt-aligned"] = aligned;
  return out;
}

function shares(labels: ArrayLike<number>, picks: ArrayLike<number> | null, classes: number): number[] {
  const out = new Array<number>(classes).fill(0);
  const n = picks === null ? labels.length : picks.length;
  for (let k = 0; k < n; k++) out[labels[picks === null ? k : picks[k]]]++;
  return out.map((v) => (n === 0 ? 0 : v / n));
}

export async function analyze(input: AnalyzeInput): Promise<AnalysisResult> {
  const params = resolveParams(input.params);
  const progress = input.onProgress ?? (() => {});
  const timings: Record<string, number> = {};
  let last = performance.now();
  const stage = async (name: string, fraction: number) => {
    const now = performance.now();
    timings[name] = Math.round(now - last);
    last = now;
    progress(name, fraction);
    await tick();
  };

  const corpora = [...input.sources, ...input.candidates];
  const features = corpora.map((c) => c.features);
  const sourceIdx = input.sources.map((_, i) => i);
  const candIdx = input.candidates.map((_, i) => input.sources.length + i);
  const S = sourceIdx.length;
  const sourceNames = input.sources.map((s) => s.name);

  const space = buildAnalysisSpace(features, params.maxDocumentsPerCorpus);
  const K = SPACE.folds;
  const docFolds = corpora.map((c, i) => (i < S ? promptFolds(c.features, K) : null));
  const folded = space.views.map((v, i) => foldedBlockSums(space, v, docFolds[i], docFolds[i] ? K : 1));
  const blocks = folded.map((f) => f.blocks);
  const point = blocks.map((b) => weightedProfile(b, new Float64Array(b.length).fill(1)));
  const mfwCols = selectMfw(point, params.mfw, params.culling);
  const tables = corpusMetrics(point, mfwCols, candIdx, sourceIdx);
  await stage("profiles", 0.15);

  // Supervised view: TF-IDF + style logistic regression on source documents, cross-validated with folds
  // grouped by prompt; each fold's model labels its held-out source documents (for calibration), and the
  // fold models' mean probabilities label the candidates' documents.
  const vectors = buildDocumentVectors(space, params.maxDocumentsPerCorpus, sourceIdx);
  const rowCount = vectors.rows.offsets.length - 1;
  const y = new Int32Array(rowCount).fill(-1);
  const rowFold = new Int32Array(rowCount).fill(-1);
  const trainRows: number[] = [];
  for (const s of sourceIdx) {
    vectors.docs[s].forEach((d, r) => (rowFold[vectors.start[s] + r] = docFolds[s]![d]));
    for (const r of evenSample(vectors.docs[s].length, SPACE.classifierDocs)) {
      y[vectors.start[s] + r] = s;
      trainRows.push(vectors.start[s] + r);
    }
  }
  const cv = S >= 2 ? crossValidateFolds(vectors.rows, y, S, trainRows, rowFold, K, { seed: params.seed }) : { accuracy: 0, folds: K, confusion: [], models: [] as (LogisticModel | null)[], predicted: null };
  const separability: Separability = {
    accuracy: cv.accuracy,
    chance: S > 0 ? 1 / S : 0,
    folds: K,
    labels: sourceNames,
    confusion: cv.confusion,
    separable: isSeparable(cv.accuracy, S, trainRows.length),
  };
  await stage("classifier-cv", 0.4);
  const models = cv.models.filter((m): m is LogisticModel => m !== null);
  // The fold models stacked side by side (one pass over a row scores all of them).
  const stacked = stackModels(models);
  const ensembleLabel = (row: number, all: Float64Array, sum: Float64Array) => {
    sum.fill(0);
    scores(stacked, vectors.rows, row, all);
    for (let m = 0; m < models.length; m++) {
      const p = softmaxInPlace(all.subarray(m * S, (m + 1) * S));
      for (let c = 0; c < S; c++) sum[c] += p[c];
    }
    let best = 0;
    for (let c = 1; c < S; c++) if (sum[c] > sum[best]) best = c;
    return best;
  };
  const allBuf = new Float64Array(Math.max(1, S * models.length));
  const sumBuf = new Float64Array(Math.max(1, S));
  const predicted = candIdx.map((c) => Int32Array.from(vectors.docs[c], (_, r) => (models.length > 0 ? ensembleLabel(vectors.start[c] + r, allBuf, sumBuf) : 0)));
  // Held-out labels of every source document: the model of the fold that never saw its prompt (training
  // rows were already labelled so during cross-validation).
  const heldOut = sourceIdx.map((s) =>
    Int32Array.from(vectors.docs[s], (d, r) => {
      const row = vectors.start[s] + r;
      if (cv.predicted && cv.predicted[row] >= 0) return cv.predicted[row];
      const m = cv.models[docFolds[s]![d]];
      return m ? predictRow(m, vectors.rows, row).label : -1;
    }),
  );
  const lookup = promptLookup(vectors, features, sourceIdx);
  const aligned = candIdx.map((c) => alignPrompts(vectors, features, c, sourceIdx, lookup));
  await stage("classifier-apply", 0.5);

  // Point estimates.
  const pointSims = candIdx.map((_, ci) =>
    similarities(
      tables,
      ci,
      S > 0 && predicted[ci].length > 0 ? shares(predicted[ci], null, S) : null,
      aligned[ci].length >= MIN_ALIGNED_PROMPTS ? shares(aligned[ci], null, S) : null,
    ),
  );
  const pointZ = pointSims.map((sims) => combineZ(sims, METRIC_WEIGHTS));

  // Bootstrap over documents (in blocks), all corpora at once: intervals, ranking support, lineage replicates.
  const random = createRandom(params.seed);
  const repCombined = candIdx.map(() => sourceIdx.map(() => [] as number[]));
  const repZ = candIdx.map(() => [] as number[][]);
  const repMetric = candIdx.map(() => new Map<string, number[][]>());
  const firsts = candIdx.map(() => new Array<number>(S).fill(0));
  const lineageReplicates: number[][][] = [];
  let profiles: Profile[] = [];
  for (let r = 0; r < params.bootstrap; r++) {
    profiles = blocks.map((b, i) => weightedProfile(b, pickWeights(b.length, resampleIndices(b.length, random)), profiles[i]));
    const rt = corpusMetrics(profiles, mfwCols, candIdx, sourceIdx);
    lineageReplicates.push(rt.all);
    candIdx.forEach((_, ci) => {
      const cls = predicted[ci].length > 0 && S > 0 ? shares(predicted[ci], resampleIndices(predicted[ci].length, random), S) : null;
      const al = aligned[ci].length >= MIN_ALIGNED_PROMPTS ? shares(aligned[ci], resampleIndices(aligned[ci].length, random), S) : null;
      const sims = similarities(rt, ci, cls, al);
      const z = combineZ(sims, METRIC_WEIGHTS);
      repZ[ci].push(z);
      let best = 0;
      z.forEach((v, s) => {
        repCombined[ci][s].push(v);
        if (v > z[best]) best = s;
      });
      if (S > 0) firsts[ci][best]++;
      for (const [m, values] of Object.entries(sims)) {
        if (!repMetric[ci].has(m)) repMetric[ci].set(m, sourceIdx.map(() => []));
        standardise(values).forEach((v, s) => repMetric[ci].get(m)![s].push(v));
      }
    });
    if (r % 10 === 9) await tick();
  }
  await stage("bootstrap", 0.7);

  const calibration = fitCalibration(
    calibrationTrials({
      blocks,
      folded,
      S,
      K,
      mfwCols,
      heldOut,
      vectors,
      replicates: Math.min(params.bootstrap, SPACE.calibrationReplicates),
      seed: params.seed,
      weights: METRIC_WEIGHTS,
      maxTrials: SPACE.calibrationTrials,
    }),
  );
  await stage("calibration", 0.75);

  const interval = (values: number[], pointValue: number) => {
    if (values.length === 0) return { low: pointValue, high: pointValue };
    const { low, high } = percentileInterval(values.map(logistic));
    return { low: Math.min(low, pointValue), high: Math.max(high, pointValue) };
  };

  const human = input.human ?? loadDefaultHumanReference();
  const termIndex = buildTermIndex(features);
  const candidates: CandidateResult[] = candIdx.map((c, ci) => {
    const corpus = corpora[c];
    const ranking: RankingEntry[] = sourceIdx
      .map((s) => {
        const score = logistic(pointZ[ci][s]);
        return { source: sourceNames[s], sourceId: corpora[s].id, score, ...interval(repCombined[ci][s], score) };
      })
      .sort((a, b) => b.score - a.score);
    const top = ranking[0] ? sourceNames.indexOf(ranking[0].source) : -1;
    const support = top < 0 ? 0 : params.bootstrap > 0 ? firsts[ci][top] / params.bootstrap : 1;
    const { margin } = marginInSe(pointZ[ci], repZ[ci]);
    const calibrated = applyCalibration(calibration, margin);
    const confidence = top < 0 ? 0 : Number.isNaN(calibrated) ? support : calibrated;
    const evidence = evidenceForCandidate(termIndex, c, sourceIdx, human);
    const metrics: CandidateResult["metrics"] = {};
    for (const [m, sims] of Object.entries(pointSims[ci])) {
      const z = standardise(sims);
      const raw = (s: number) =>
        m === "classifier" || m === "prompt-aligned" ? sims[s] : tables.pairs[m as (typeof UNSUPERVISED)[number]][ci][s];
      metrics[m as Scored] = sourceIdx.map((s): MetricEntry => {
        const similarity = logistic(z[s]);
        return { source: sourceNames[s], raw: raw(s), similarity, ...interval(repMetric[ci].get(m)?.[s] ?? [], similarity) };
      });
    }
    const docShares = predicted[ci].length > 0 && S > 0 ? shares(predicted[ci], null, S) : new Array<number>(S).fill(0);
    const alignShares = shares(aligned[ci], null, S);
    return {
      name: corpus.name,
      corpusId: corpus.id,
      documents: corpus.features.documents,
      ranking,
      verdict: { ...decideVerdict(ranking, confidence, separability, { support, margin }), support, margin: Number.isFinite(margin) ? margin : null },
      metrics,
      documentShares: sourceIdx.map((s) => ({
        source: sourceNames[s],
        count: Math.round(docShares[s] * predicted[ci].length),
        share: docShares[s],
      })),
      promptAligned:
        aligned[ci].length === 0
          ? null
          : {
              sharedPrompts: aligned[ci].length,
              shares: sourceIdx.map((s) => ({
                source: sourceNames[s],
                count: Math.round(alignShares[s] * aligned[ci].length),
                share: alignShares[s],
              })),
            },
      evidence: sourceIdx.map((s) => ({
        source: sourceNames[s],
        terms: evidence[s].map((t) => ({ ...t, snippets: { candidate: [], source: [] } })),
      })),
    };
  });
  await stage("evidence", 0.85);

  await attachSnippets(input, corpora, candIdx, sourceIdx, candidates);
  await stage("snippets", 0.9);

  const lineage = buildLineage(
    corpora.map((c) => c.name),
    corpora.map((_, i) => (i < S ? "source" : "candidate")),
    tables,
    lineageReplicates,
  );
  const slopProfiles = corpora.map((c) => ({ corpus: c.name, terms: slopProfile(c.features, human) }));
  await stage("lineage", 1);

  return {
    version: RESULT_VERSION,
    createdAt: new Date().toISOString(),
    params: { ...params, humanReference: input.human?.name ?? params.humanReference },
    corpora: corpora.map((c, i) => ({
      id: c.id,
      name: c.name,
      model: c.model,
      role: i < S ? "source" : "candidate",
      documents: c.features.documents,
      tokens: c.features.tokens,
    })),
    sources: sourceNames,
    separability,
    candidates,
    lineage,
    slopProfiles,
    calibration,
    timings,
  };
}

/** Fills KWIC snippets, loading each corpus' documents once and dropping them before the next. */
async function attachSnippets(
  input: AnalyzeInput,
  corpora: AnalysisCorpus[],
  candIdx: number[],
  sourceIdx: number[],
  candidates: CandidateResult[],
): Promise<void> {
  const wanted = new Map<number, { term: EvidenceTerm; side: "candidate" | "source" }[]>();
  const want = (corpus: number, term: EvidenceTerm, side: "candidate" | "source") => {
    if (!wanted.has(corpus)) wanted.set(corpus, []);
    wanted.get(corpus)!.push({ term, side });
  };
  candidates.forEach((cr, ci) =>
    cr.evidence.forEach((pair, si) =>
      pair.terms.slice(0, SNIPPET_TERMS).forEach((t) => {
        want(candIdx[ci], t, "candidate");
        want(sourceIdx[si], t, "source");
      }),
    ),
  );
  for (const [i, requests] of wanted) {
    const corpus = corpora[i];
    const docs = corpus.documents ?? (input.getDocuments ? await input.getDocuments(corpus) : null);
    if (!docs) continue;
    const found = findSnippetsForTerms(corpus.name, docs, requests.map((r) => r.term.term), 2);
    for (const { term, side } of requests) term.snippets[side] = found.get(term.term) ?? [];
    await tick();
  }
}
