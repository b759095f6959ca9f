// The one entry point: features of sources and candidates in, AnalysisResult out. The classifier, the
// prompt alignment, the bootstrap and the calibration trials run as tasks on worker threads (when there
// are any) while this thread computes the point metrics, evidence and snippets (the evidence of stored
// fingerprints runs on a thread too, while this one builds the space); they meet for the combination.
// Every task is seeded on its own, so the result is the same with or without threads.
// Stages yield to the event loop between them so a worker can report progress.

import { buildAnalysisSpace, evenSample, rankSpaceWords, type AnalysisSpace } from "@/lib/analysis/attribution/analysis-space";
import { collectGarbage } from "@/lib/threads/collect-garbage";
import { percentileInterval } from "@/lib/analysis/attribution/bootstrap-interval";
import {
  mergeTakenReplicates,
  pointSimilarities,
  rankReplicates,
  resampleMetricTables,
  shares,
  shareUnit,
  takeReplicates,
  type DocumentViews,
  type ReplicateTables,
} from "@/lib/analysis/attribution/bootstrap-replicates";
import { classifyFold, combineFolds, type ClassifierTask } from "@/lib/analysis/attribution/classify-documents";
import { centreAndScale, combineZ, logistic } from "@/lib/analysis/attribution/combine-scores";
import { corpusMetrics, functionWordCount, selectMfw, UNSUPERVISED } from "@/lib/analysis/attribution/corpus-metrics";
import { buildDocumentVectors, type DocumentVectors } from "@/lib/analysis/attribution/document-vectors";
import { candidateConfidence, fitCalibration, marginInSe } from "@/lib/analysis/attribution/calibration";
import { runCalibrationTrials } from "@/lib/analysis/attribution/calibration-trials";
import { answerHash, copiedSources, countCopies, indexSourceAnswers } from "@/lib/analysis/attribution/copied-answers";
import { foldedBlockSums, sampleSize, weightedProfile, type FoldedBlocks, type Sums } from "@/lib/analysis/attribution/profiles";
import { MATCHED_SOURCE_BLOCKS, promptMatchedSamples } from "@/lib/analysis/attribution/prompt-matched-samples";
import { promptDrivenWeights } from "@/lib/analysis/attribution/prompt-driven-words";
import { replaceGroupRows } from "@/lib/analysis/attribution/prompt-matched-tables";
import { alignCandidates, rowPromptKeys } from "@/lib/analysis/attribution/prompt-aligned";
import { sourceFolds } from "@/lib/analysis/attribution/prompt-folds";
import { decideVerdict, isSeparable } from "@/lib/analysis/attribution/verdict";
import { QUESTION_METRICS, questionWeights, readQuestions } from "@/lib/analysis/attribution/questions";
import { withHumanRates } from "@/lib/analysis/evidence/evidence-terms";
import { evidenceTask, findEvidence, findSentEvidence } from "@/lib/analysis/evidence/evidence-task";
import { findSnippetsForTerms, SNIPPET_WIDTH } from "@/lib/analysis/evidence/keyword-in-context";
import type { HumanReference } from "@/lib/analysis/human-reference";
import { languageWarning, referenceForCorpus } from "@/lib/analysis/language-references";
import { buildLineage } from "@/lib/analysis/build-lineage";
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
import { analysisThreads, endIdleThreads, runOnThread, warmThreads, type ThreadOptions } from "@/lib/threads/thread-pool";

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
  /**
   * The caller has no further use for the corpora's per-document rows (features.docWords and docChars)
   * and char buckets (chars): they are dropped once read, which lowers the analysis' peak memory. Leave
   * unset when the same features go into another analysis.
   */
  releaseRows?: boolean;
};

type Scored = Exclude<MetricId, "combined">;
const INHERITANCE = questionWeights("inheritance");
const KINSHIP = questionWeights("kinship");

/** Evidence terms per pair that get keyword-in-context snippets (the strongest first). */
export const SNIPPET_TERMS = 10;

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  // CPU of each task on its thread, apart from the stages above (which are this thread's wall time).
  const taskCpu = (task: string) => ({
    onCpuMs: (ms: number) => {
      timings[`cpu:${task}`] = (timings[`cpu:${task}`] ?? 0) + ms;
    },
  });
  const wordless = [...input.sources, ...input.candidates].find((c) => c.features.tokens === 0);
  if (wordless) {
    const n = wordless.features.documents;
    throw new Error(`${wordless.name} has no words to compare: its ${n} document${n === 1 ? " is" : "s are"} blank or punctuation only. Leave it out of the analysis.`);
  }
  await endIdleThreads("features"); // the fingerprinting threads' memory goes before the analysis takes its own
  warmThreads(TASK_URLS);

  const corpora = [...input.sources, ...input.candidates];
  const features = corpora.map((c) => c.features);
  const sourceIdx = input.sources.map((_, i) => i);
  const candIdx = input.candidates.map((_, i) => input.sources.length + i);
  const S = sourceIdx.length;
  const sourceNames = input.sources.map((s) => s.name);

  // The evidence needs only the space's words: with stored fingerprints it is found on a thread while this
  // one maps the rows (that core was otherwise idle until the vectors were built).
  const words = rankSpaceWords(features);
  const functionWords = words.slice(0, functionWordCount(words.length));
  const sentEvidence = analysisThreads() > 0 ? evidenceTask(features, functionWords, candIdx, sourceIdx) : null;
  const evidenceFound = sentEvidence ? settle(runOnThread(EVIDENCE_URL, "findSentEvidence", findSentEvidence, sentEvidence, taskCpu("evidence"))) : null;
  // The space and the document vectors are let go as soon as their last reader has them (memory: they are
  // the analysis' largest arrays).
  let space: AnalysisSpace | null = buildAnalysisSpace(features, params.maxDocumentsPerCorpus, input.releaseRows === true, words);
  await space.released; // the released rows' memory goes back before the vectors take theirs
  const K = SPACE.folds;
  const folds = sourceFolds(input.sources.map((c) => c.features), K);
  const docFolds = corpora.map((_, i) => (i < S ? folds.folds[i] : null));
  const folded: FoldedBlocks[] = [];
  for (let i = 0; i < space.views.length; i++) folded.push(foldedBlockSums(space, space.views[i], docFolds[i], docFolds[i] ? K : 1));
  const matched = promptMatchedSamples(features, space.views.map((v) => v.sample), sourceIdx, candIdx);
  const vocabularyWeights = promptDrivenWeights(space, sourceIdx);
  const spaceWithRows = space; // the vectors below free the rows these block sums read
  const blocksOf = (corpus: number, sample: Uint32Array, blocks?: number) =>
    foldedBlockSums(spaceWithRows, { ...spaceWithRows.views[corpus], sample }, null, 1, blocks).blocks;
  const matchedBlocks = matched.groups.map((g) => sourceIdx.map((s) => blocksOf(s, g.samples[s], MATCHED_SOURCE_BLOCKS)));
  const candidateMatchedBlocks = matched.candidateSamples.map((sample, ci) => (sample ? blocksOf(candIdx[ci], sample) : null));
  const blocks = folded.map((f) => f.blocks);
  const point = blocks.map((b) => weightedProfile(b, new Float64Array(b.length).fill(1)));
  const mfwCols = selectMfw(point, params.mfw, params.culling);
  // The bootstrap's replicates are shared out by a counter (takeReplicates). One task starts on a thread now,
  // on the core this thread leaves idle while it builds the vectors, and stops when they are built.
  const bootstrapTask = { blocks, mfwCols, candIdx, sourceIdx, replicates: params.bootstrap, seed: params.seed, vocabularyWeights, next: new Int32Array(new SharedArrayBuffer(4)) };
  const stopEarly = new Int32Array(new SharedArrayBuffer(4));
  const takers = [runOnThread(BOOTSTRAP_URL, "takeReplicates", takeReplicates, { ...bootstrapTask, stop: stopEarly }, taskCpu("bootstrap"))];
  takers[0].catch(() => undefined); // its failure surfaces with the others' below, not as unhandled while the vectors are built
  // The vectors are the rows' last reader: each view's rows are freed as soon as its vectors are filled,
  // so the rows and the vectors (the analysis' two largest arrays) are not both whole in memory.
  let vectors: DocumentVectors | null;
  try {
    vectors = await buildDocumentVectors(space, params.maxDocumentsPerCorpus, sourceIdx, space.releaseViewRows);
  } finally {
    Atomics.store(stopEarly, 0, 1);
  }
  // The vectors' readers (the alignment and the classifier's folds) are queued first, so the vectors are
  // freed before this thread's evidence and snippets take their memory (the analysis' peak was both at
  // once). The pool gives each task to the thread with the fewest queued: on two threads the alignment,
  // the folds and the calibration alternate, and the bootstrap's last tasks even out what is left.
  const alignment = settle(
    runOnThread(ALIGN_URL, "alignCandidates", alignCandidates, { vectors, rowKeys: rowPromptKeys(vectors, features), sources: sourceIdx, candidates: candIdx }, taskCpu("alignment")),
  );
  const { classified, trainRows } = startClassifier(vectors, docFolds, S, params.seed, taskCpu("classifier"));
  vectors = null;
  space = null;
  const tables = corpusMetrics(point, mfwCols, candIdx, sourceIdx, { vocabularyWeights });
  // What each candidate is compared on: its documents on the prompts it shares with the sources, or all.
  const comparedBlocks = (ci: number) => candidateMatchedBlocks[ci] ?? blocks[candIdx[ci]];
  // A prompt-matched group: the sources on its prompts (corpora 0..S-1), then its candidates.
  const groupCorpora = (g: number) => [...matchedBlocks[g], ...matched.groups[g].candidates.map(comparedBlocks)];
  const groupCandidates = (g: number) => matched.groups[g].candidates.map((_, k) => S + k);
  const groupTables = matched.groups.map((_, g) =>
    corpusMetrics(groupCorpora(g).map((b) => weightedProfile(b, new Float64Array(b.length).fill(1))), mfwCols, groupCandidates(g), sourceIdx, { vocabularyWeights }),
  );
  const trialsRun = settle(
    runOnThread(CALIBRATION_URL, "runCalibrationTrials", runCalibrationTrials, {
      blocks,
      folded,
      S,
      K,
      mfwCols,
      replicates: Math.min(params.bootstrap, SPACE.calibrationReplicates),
      seed: params.seed,
      maxTrials: SPACE.calibrationTrials,
      weights: INHERITANCE,
      matched: matchedBlocks,
      vocabularyWeights,
    }, taskCpu("calibration")),
  );
  // Then one per thread takes what is left: whichever thread is done with its other tasks first takes more.
  for (let t = 0; t < Math.max(1, analysisThreads()); t++) takers.push(runOnThread(BOOTSTRAP_URL, "takeReplicates", takeReplicates, bootstrapTask, taskCpu("bootstrap")));
  const resampled = settle(Promise.all(takers).then((parts) => mergeTakenReplicates(parts, params.bootstrap)));
  const groupResampled = matched.groups.map((_, g) =>
    settle(
      runOnThread(BOOTSTRAP_URL, "resampleMetricTables", resampleMetricTables, {
        blocks: groupCorpora(g),
        mfwCols,
        candIdx: groupCandidates(g),
        sourceIdx,
        replicates: params.bootstrap,
        seed: params.seed,
        vocabularyWeights,
      }, taskCpu("bootstrap")),
    ),
  );
  await stage("profiles", 0.15);

  // Both readers done: the vectors' memory goes once this thread has collected its view of them too.
  const vectorsFreed = Promise.all([classified, alignment]).then(() => collectGarbage());

  // Each corpus against the human list of its language (or the analysis' own reference when given).
  const references = features.map((_, i) => referenceForCorpus(features, i, input.human));
  const found = evidenceFound ? unwrap(await evidenceFound) : findEvidence(features, functionWords, candIdx, sourceIdx);
  const evidence = candIdx.map((c, ci) =>
    found[ci].map((terms, si) => ({
      source: sourceNames[si],
      terms: withHumanRates(terms, references[c].reference).map((t): EvidenceTerm => ({ ...t, snippets: { candidate: [], source: [] } })),
    })),
  );
  await stage("evidence", 0.6);

  // Before the snippets, while the vectors' readers may still be at work on the threads.
  const slopProfiles = corpora.map((c, i) => ({
    corpus: c.name,
    reference: references[i].reference.name,
    note: references[i].note,
    terms: slopProfile(c.features, references[i].reference),
  }));
  await stage("slop-profiles", 0.65);

  // The texts read for snippets were the analysis' peak on top of the vectors: the vectors go first. A stage
  // of its own, so `snippets` times only the snippets (on two cores this thread waits here 0.3-0.5 s while both
  // threads are busy: reading the texts during the wait gained nothing, measured).
  await vectorsFreed;
  await stage("classifier-and-alignment", 0.7);
  const answers = await readDocuments(input, corpora, candIdx, sourceIdx, evidence);
  const copyIndex = answers ? indexSourceAnswers(sourceIdx.map((s) => answers[s])) : null;
  await stage("snippets", 0.75);

  const cls = unwrap(await classified);
  const replicateTables = unwrap(await resampled);
  const trials = unwrap(await trialsRun);
  // With document-level folds the corpora share (almost) one prompt: "aligned" answers are not comparable.
  const aligned = folds.by === "prompt" ? unwrap(await alignment) : candIdx.map(() => []);
  await stage("thread-tasks", 0.85);

  const lineage = buildLineage(
    corpora.map((c) => c.name),
    corpora.map((_, i) => (i < S ? "source" : "candidate")),
    tables,
    replicateTables.map((t) => t.all),
  );
  // From here on, a prompt-matched candidate's rows are its group's (the lineage above keeps whole corpora).
  const groupReplicates = (await Promise.all(groupResampled)).map(unwrap);
  const rowsOf = (tablesOf: (g: number) => ReplicateTables) => matched.groups.map((g, gi) => ({ candidates: g.candidates, tables: tablesOf(gi) }));
  replaceGroupRows(tables, rowsOf((g) => groupTables[g]));
  replicateTables.forEach((rt, r) => replaceGroupRows(rt, rowsOf((g) => groupReplicates[g][r])));
  const separability: Separability = {
    accuracy: cls.accuracy,
    chance: S > 0 ? 1 / S : 0,
    folds: K,
    foldsBy: folds.by,
    labels: sourceNames,
    confusion: cls.confusion,
    separable: isSeparable(cls.accuracy, S, trainRows),
  };
  const views: DocumentViews = { predicted: cls.predicted, aligned, shareScale: shareUnit(cls.heldOut, cls.predicted, S) };

  const pointSims = candIdx.map((_, ci) => pointSimilarities(tables, ci, views, S));
  const pointZ = pointSims.map((sims) => combineZ(sims, INHERITANCE));
  const kinZ = pointSims.map((sims) => combineZ(sims, KINSHIP));
  const reps = rankReplicates(replicateTables, views, S, INHERITANCE, params.seed);
  const kinReps = rankReplicates(replicateTables, views, S, KINSHIP, params.seed);
  // A prompt-matched candidate is calibrated with the absent trials made on its group's prompts.
  const calibration = fitCalibration(trials.filter((t) => t.group === undefined));
  const groupCalibrations = matched.groups.map((_, g) => fitCalibration(trials.filter((t) => t.kind === "present" || t.group === g)));
  const calibrationOf = (ci: number) => (matched.groupOf[ci] < 0 ? calibration : groupCalibrations[matched.groupOf[ci]]);


  const interval = (values: number[], pointValue: number) => {
    if (values.length === 0) return { low: pointValue, high: pointValue };
    const { low, high } = percentileInterval(values.map(logistic));
    return { low: Math.min(low, pointValue), high: Math.max(high, pointValue) };
  };

  const candidates: CandidateResult[] = candIdx.map((c, ci) => {
    const corpus = corpora[c];
    const predicted = views.predicted[ci];
    const rankBy = (z: number[], replicates: number[][]): RankingEntry[] =>
      sourceIdx
        .map((s) => {
          const score = logistic(z[s]);
          return { source: sourceNames[s], sourceId: corpora[s].id, score, ...interval(replicates[s], score) };
        })
        .sort((a, b) => b.score - a.score);
    const ranking = rankBy(pointZ[ci], reps.combined[ci]);
    const top = ranking[0] ? sourceNames.indexOf(ranking[0].source) : -1;
    const support = top < 0 ? 0 : params.bootstrap > 0 ? reps.firsts[ci][top] / params.bootstrap : 1;
    const { margin } = marginInSe(pointZ[ci], reps.z[ci]);
    const own = calibrationOf(ci);
    const rated = candidateConfidence(own, margin, sampleSize(comparedBlocks(ci)), support);
    const confidence = top < 0 ? 0 : rated.confidence;
    const kinRanking = rankBy(kinZ[ci], kinReps.combined[ci]);
    const copies = copyIndex && answers ? countCopies(copyIndex, answers[c], S) : null;
    const metrics: CandidateResult["metrics"] = {};
    for (const [m, view] of Object.entries(pointSims[ci])) {
      const z = centreAndScale(view);
      const raw = (s: number) =>
        m === "classifier" || m === "prompt-aligned" ? view.values[s] : tables.pairs[m as (typeof UNSUPERVISED)[number]]![ci][s];
      metrics[m as Scored] = sourceIdx.map((s): MetricEntry => {
        const similarity = logistic(z[s]);
        return { source: sourceNames[s], raw: raw(s), similarity, ...interval(reps.metric[ci].get(m)?.[s] ?? [], similarity) };
      });
    }
    const docShares = predicted.length > 0 && S > 0 ? shares(predicted, null, S) : new Array<number>(S).fill(0);
    const alignShares = shares(aligned[ci], null, S);
    return {
      name: corpus.name,
      corpusId: corpus.id,
      documents: corpus.features.documents,
      ranking,
      verdict: {
        ...decideVerdict(ranking, confidence, separability, {
          support,
          margin,
          threshold: own.threshold,
          limit: rated.limit,
          sources: S,
          copiedFrom: copies ? copiedSources(copies, corpus.features.documents, sourceNames) : undefined,
        }),
        support,
        margin: Number.isFinite(margin) ? margin : null,
      },
      metrics,
      documentShares: sourceIdx.map((s) => ({ source: sourceNames[s], count: Math.round(docShares[s] * predicted.length), share: docShares[s] })),
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
      evidence: evidence[ci],
      kinship: { metrics: QUESTION_METRICS.kinship, ranking: kinRanking },
      inheritance: { metrics: QUESTION_METRICS.inheritance, ranking },
      copies: copies ? sourceNames.map((source, s) => ({ source, documents: copies[s] })).filter((e) => e.documents > 0) : null,
      reading: readQuestions(kinRanking, ranking),
      promptCoverage: matched.coverage[ci],
      ...(own === calibration ? {} : { calibration: { ...own, promptMatched: promptMatchedSizes(matched.groups[matched.groupOf[ci]].samples, comparedBlocks(ci)) } }),
    };
  });
  await stage("combination", 1);

  return {
    version: RESULT_VERSION,
    createdAt: new Date().toISOString(),
    params: { ...params, humanReference: input.human?.name ?? params.humanReference },
    languageWarning: languageWarning(corpora),
    corpora: corpora.map((c, i) => ({
      id: c.id,
      name: c.name,
      model: c.model,
      role: i < S ? "source" : "candidate",
      documents: c.features.documents,
      tokens: c.features.tokens,
      languages: c.features.languages ?? [],
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

/** The median source's documents on a prompt-matched group's prompts, and the candidate's compared there. */
function promptMatchedSizes(samples: Uint32Array[], candidate: Sums[]): { documents: number; candidateDocuments: number } {
  const sizes = samples.map((s) => s.length).sort((a, b) => a - b);
  return { documents: sizes[Math.floor(sizes.length / 2)], candidateDocuments: sampleSize(candidate).documents };
}

const CLASSIFY_URL = new URL("./attribution/classify-documents.ts", import.meta.url).href;
const BOOTSTRAP_URL = new URL("./attribution/bootstrap-replicates.ts", import.meta.url).href;
const CALIBRATION_URL = new URL("./attribution/calibration-trials.ts", import.meta.url).href;
const ALIGN_URL = new URL("./attribution/prompt-aligned.ts", import.meta.url).href;
const EVIDENCE_URL = new URL("./evidence/evidence-task.ts", import.meta.url).href;
const TASK_URLS = [CLASSIFY_URL, BOOTSTRAP_URL, CALIBRATION_URL, ALIGN_URL, EVIDENCE_URL];

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that never rejects, so a failure on a thread is not "unhandled" while this thread works. */
function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function unwrap<T>(s: Settled<T>): T {
  if (!s.ok) throw s.error;
  return s.value;
}

/**
 * The classifier's folds started, one task each (on the threads when there are any, which train them side
 * by side); the vectors are not kept here, only what combining the folds reads.
 */
function startClassifier(vectors: DocumentVectors, docFolds: (Int32Array | null)[], S: number, seed: number, options: ThreadOptions) {
  const task = classifierTask(vectors, docFolds, S, seed);
  const folds = Array.from({ length: task.folds }, (_, fold) => runOnThread(CLASSIFY_URL, "classifyFold", classifyFold, { ...task, fold }, options));
  const { classes, rowFold, sourceRanges, candidateRanges } = task;
  const classified = settle(Promise.all(folds).then((outcomes) => combineFolds({ classes, rowFold, sourceRanges, candidateRanges }, outcomes)));
  return { classified, trainRows: task.trainRows.length };
}

/** Training rows: evenly spaced documents of each source, labelled with it; folds by prompt. */
function classifierTask(vectors: DocumentVectors, docFolds: (Int32Array | null)[], S: number, seed: number): ClassifierTask {
  const rowCount = vectors.rows.offsets.length - 1;
  const y = new Int32Array(rowCount).fill(-1);
  const rowFold = new Int32Array(rowCount).fill(-1);
  const train: number[] = [];
  for (let s = 0; s < S; s++) {
    vectors.docs[s].forEach((d, r) => (rowFold[vectors.start[s] + r] = docFolds[s]![d]));
    for (const r of evenSample(vectors.docs[s].length, SPACE.classifierDocs)) {
      y[vectors.start[s] + r] = s;
      train.push(vectors.start[s] + r);
    }
  }
  const range = (i: number): [number, number] => [vectors.start[i], vectors.docs[i].length];
  return {
    rows: vectors.rows,
    y,
    trainRows: Int32Array.from(train),
    rowFold,
    classes: S,
    folds: SPACE.folds,
    seed,
    sourceRanges: Array.from({ length: S }, (_, s) => range(s)),
    candidateRanges: vectors.docs.slice(S).map((_, i) => range(S + i)),
  };
}

/**
 * One pass over the documents, one corpus at a time (each loaded once and dropped before the next): fills
 * the evidence's keyword-in-context snippets and hashes every answer for copy detection. Null when the
 * documents are not available (then there are no snippets and no copy check).
 */
async function readDocuments(
  input: AnalyzeInput,
  corpora: AnalysisCorpus[],
  candIdx: number[],
  sourceIdx: number[],
  evidence: CandidateResult["evidence"][],
): Promise<(string | null)[][] | null> {
  const wanted = new Map<number, { term: EvidenceTerm; side: "candidate" | "source" }[]>();
  const want = (corpus: number, term: EvidenceTerm, side: "candidate" | "source") => {
    if (!wanted.has(corpus)) wanted.set(corpus, []);
    wanted.get(corpus)!.push({ term, side });
  };
  evidence.forEach((pairs, ci) =>
    pairs.forEach((pair, si) =>
      pair.terms.slice(0, SNIPPET_TERMS).forEach((t) => {
        want(candIdx[ci], t, "candidate");
        want(sourceIdx[si], t, "source");
      }),
    ),
  );
  const hashes: (string | null)[][] = [];
  for (let i = 0; i < corpora.length; i++) {
    const corpus = corpora[i];
    const docs = corpus.documents ?? (input.getDocuments ? await input.getDocuments(corpus) : null);
    if (!docs) return null;
    hashes.push(documentHashes(corpus.features, docs));
    const requests = wanted.get(i) ?? [];
    if (requests.length > 0) {
      const terms = requests.map((r) => r.term.term);
      const found = findSnippetsForTerms(corpus.name, docs, terms, 2, SNIPPET_WIDTH, corpus.features.chineseSegmenter);
      for (const { term, side } of requests) term.snippets[side] = found.get(term.term) ?? [];
    }
    await tick();
  }
  return hashes;
}

/** Each document's answerHash: the fingerprint's (by ordinal) when it has them, else hashed from the text now. */
function documentHashes(features: CorpusFeatures, docs: SnippetDocument[]): (string | null)[] {
  const stored = features.docs.answerHashes;
  if (!stored) return docs.map((d) => answerHash(d.text));
  const at = new Map<number, number>();
  features.docs.ordinals.forEach((ordinal, k) => at.set(ordinal, k));
  return docs.map((d) => {
    const k = at.get(d.ordinal);
    return k === undefined ? answerHash(d.text) : stored[k];
  });
}
