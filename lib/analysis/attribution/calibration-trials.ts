// Trials with a known answer, for calibration (calibration.ts). Two kinds:
// - present: one source's documents on the prompts of fold f play the candidate, and every source keeps
//   only its documents outside f. The right answer is that source.
// - absent: one source is left out of the sources altogether and all its documents play the candidate
//   against the others. Its true source is not among them, so any attribution is wrong. This is the case a
//   real analysis cannot rule out: the teacher may not have been uploaded.
// Each trial is combined exactly as the verdict's question is (the same metrics and weights), with a few
// bootstrap replicates for its margin. A candidate compared with the sources on the prompts they share
// (prompt-matched-samples.ts) gets absent trials of its own: every source on those prompts, each left out in
// turn. Document-level metrics (classifier, prompt-aligned) cannot take part: no source answers a held-out
// prompt, so the trials use the unsupervised metrics of the question only.

import { marginInSe } from "@/lib/analysis/attribution/calibration";
import { combineZ } from "@/lib/analysis/attribution/combine-scores";
import { corpusMetrics, UNSUPERVISED, type UnsupervisedMetric } from "@/lib/analysis/attribution/corpus-metrics";
import { similarities } from "@/lib/analysis/attribution/bootstrap-replicates";
import { pickWeights, sampleSize, weightedProfile, type FoldedBlocks, type Profile, type SampleSize, type Sums } from "@/lib/analysis/attribution/profiles";
import { createRandom } from "@/lib/analysis/math/seeded-random";

export type TrialInput = {
  /** block sums of every corpus; sources are corpora 0..S-1 */
  blocks: Sums[][];
  folded: FoldedBlocks[];
  S: number;
  K: number;
  mfwCols: number[];
  replicates: number;
  seed: number;
  /** cap on present trials, spread over folds and sources */
  maxTrials: number;
  /** the verdict's question: metric weights by name */
  weights: Record<string, number>;
  /** per prompt-matched group, per source: block sums of its documents on the group's prompts */
  matched?: Sums[][][];
  /** the vocabulary correlation's word weights (prompt-driven-words.ts) */
  vocabularyWeights?: Float64Array | null;
};

export type Trial = {
  kind: "present" | "absent";
  /** the source whose documents played the candidate */
  source: number;
  /** the source ranked first (an index into the analysis' sources) */
  top: number;
  /** top-1 minus top-2 combined z, in bootstrap standard errors */
  margin: number;
  correct: boolean;
  /** the pseudo-candidate's size: a real candidate smaller than every trial's is outside the calibration */
  size: SampleSize;
  /** absent trials on a prompt-matched group's prompts: the group (an index into TrialInput.matched) */
  group?: number;
};

type Pseudo = { source: number; blockIds: number[] };

const draw = (pool: number[], random: () => number) => pool.map(() => pool[Math.floor(random() * pool.length)]);

/** Metrics that read only the word counts: their trials skip summing the char counts. */
const WORD_METRICS: readonly UnsupervisedMetric[] = ["burrows-delta", "cosine-delta", "jensen-shannon", "slop-jaccard", "log-odds-correlation"];

export function runCalibrationTrials(input: TrialInput): Trial[] {
  const { S, replicates } = input;
  if (S < 2 || replicates < 2) return [];
  const metrics = UNSUPERVISED.filter((m) => (input.weights[m] ?? 0) > 0);
  if (metrics.length === 0) return [];
  const wordsOnly = metrics.every((m) => WORD_METRICS.includes(m));
  const sumBlocks = (blocks: Sums[], ids: number[]) => weightedProfile(blocks, pickWeights(blocks.length, ids), undefined, wordsOnly);
  const sum = (s: number, ids: number[]) => sumBlocks(input.blocks[s], ids);
  return [...presentTrials(input, metrics, sum), ...absentTrials(input, metrics, sumBlocks)];
}

type SumBlocks = (corpus: number, blockIds: number[]) => Profile;

/** Combined z of each pseudo-candidate (profiles after the sources) against the sources. */
function scoreAll(input: TrialInput, metrics: readonly UnsupervisedMetric[], sources: Profile[], candidates: Profile[]): number[][] {
  const cands = candidates.map((_, i) => sources.length + i);
  const tables = corpusMetrics([...sources, ...candidates], input.mfwCols, cands, Array.from(sources.keys()), { allPairs: false, metrics, vocabularyWeights: input.vocabularyWeights });
  return cands.map((_, i) => combineZ(similarities(tables, i, null, null, 0), input.weights));
}

function presentTrials(input: TrialInput, metrics: readonly UnsupervisedMetric[], sum: SumBlocks): Trial[] {
  const { blocks, folded, S, K, replicates } = input;
  const random = createRandom(input.seed + 104729);
  const perFold = Math.max(1, Math.floor(input.maxTrials / (2 * K)));
  const out: Trial[] = [];
  for (let f = 0; f < K; f++) {
    const outside = blocks.slice(0, S).map((b, s) => Array.from(b.keys()).filter((k) => folded[s].fold[k] !== f));
    if (outside.some((o) => o.length === 0)) continue;
    const full: Pseudo[] = [];
    const quarters: Pseudo[] = [];
    // Rotate which sources get trials when there are more sources than the cap allows.
    for (let k = 0; k < Math.min(S, perFold); k++) {
      const s = (f * perFold + k) % S;
      const inside = Array.from(blocks[s].keys()).filter((b) => folded[s].fold[b] === f);
      if (inside.length < 2) continue;
      full.push({ source: s, blockIds: inside });
      const quarter = inside.slice(0, Math.max(2, Math.round(inside.length / 4)));
      if (quarter.length < inside.length) quarters.push({ source: s, blockIds: quarter });
    }
    // The trials of one fold and size are analysed together, as real candidates are (one metrics pass each).
    for (const batch of [full, quarters].filter((b) => b.length > 0)) {
      const point = scoreAll(
        input,
        metrics,
        outside.map((ids, s) => sum(s, ids)),
        batch.map((t) => sum(t.source, t.blockIds)),
      );
      const reps: number[][][] = batch.map(() => []);
      for (let r = 0; r < replicates; r++) {
        const z = scoreAll(
          input,
          metrics,
          outside.map((ids, s) => sum(s, draw(ids, random))),
          batch.map((t) => sum(t.source, draw(t.blockIds, random))),
        );
        z.forEach((row, i) => reps[i].push(row));
      }
      batch.forEach((t, i) => {
        const { top, margin } = marginInSe(point[i], reps[i]);
        out.push({ kind: "present", source: t.source, top, margin, correct: top === t.source, size: sampleSize(blocks[t.source], t.blockIds) });
      });
    }
  }
  return out;
}

/**
 * Each source in turn is left out and all its documents play the candidate; every attribution is wrong.
 * Each replicate draws every source's blocks once and all the trials share the draw (a source's profile
 * does not depend on which other source is left out). Then the same within each prompt-matched group:
 * every source on the group's prompts only, as its candidates are compared with them.
 */
function absentTrials(input: TrialInput, metrics: readonly UnsupervisedMetric[], sumBlocks: (blocks: Sums[], ids: number[]) => Profile): Trial[] {
  const { S, replicates } = input;
  if (S < 3) return [];
  const sources = Array.from({ length: S }, (_, s) => s);
  const leaveEachOut = (blocks: Sums[][], random: () => number, group?: number): Trial[] => {
    const all = (s: number) => Array.from(blocks[s].keys());
    const point = sources.map((s) => sumBlocks(blocks[s], all(s)));
    const drawn = Array.from({ length: replicates }, () => sources.map((s) => sumBlocks(blocks[s], draw(all(s), random))));
    const score = (profiles: Profile[], left: number) => scoreAll(input, metrics, profiles.filter((_, s) => s !== left), [profiles[left]])[0];
    return sources.map((left): Trial => {
      const kept = sources.filter((s) => s !== left);
      const { top, margin } = marginInSe(score(point, left), drawn.map((profiles) => score(profiles, left)));
      return { kind: "absent", source: left, top: kept[top], margin, correct: false, size: sampleSize(blocks[left]), ...(group === undefined ? {} : { group }) };
    });
  };
  return [
    ...leaveEachOut(input.blocks.slice(0, S), createRandom(input.seed + 7919)),
    ...(input.matched ?? []).flatMap((blocks, g) => leaveEachOut(blocks, createRandom(input.seed + 7919 + 104723 * (g + 1)), g)),
  ];
}
