// Pseudo-trials for calibration (see calibration.ts): for fold f, each source keeps only its blocks outside
// f; one source's fold-f blocks (all of them, and a quarter of them for a harder, smaller trial) play the
// candidate, with the held-out classifier labels of those documents. The prompt-aligned metric cannot take
// part (no source answers a held-out prompt), so a trial combines the other metrics the same way. The
// pseudo-candidates of one fold and size share one metrics pass (z-scores, mean char profile and pooled
// log-odds over sources and candidates together), like several real candidates in one analysis.
// Two phases, so the unsupervised part runs while the classifier is still training on another thread:
// `prepareCalibrationTrials` (profiles and metrics, point and bootstrap) and `scoreCalibrationTrials`
// (adds the classifier's held-out labels, resampled on their own seeded stream).

import type { Trial } from "@/lib/analysis/attribution/calibration";
import { combineZ, type MetricView } from "@/lib/analysis/attribution/combine-scores";
import { corpusMetrics, IS_DISTANCE, UNSUPERVISED } from "@/lib/analysis/attribution/corpus-metrics";
import type { DocumentVectors } from "@/lib/analysis/attribution/document-vectors";
import { marginInSe } from "@/lib/analysis/attribution/calibration";
import { pickWeights, weightedProfile, type FoldedBlocks, type Profile, type Sums } from "@/lib/analysis/attribution/profiles";
import { createRandom } from "@/lib/analysis/math/seeded-random";

export type TrialInput = {
  blocks: Sums[][];
  folded: FoldedBlocks[];
  /** sources are corpora 0..S-1 */
  S: number;
  K: number;
  mfwCols: number[];
  replicates: number;
  seed: number;
  /** cap on trials, spread over folds and sources */
  maxTrials: number;
};

type Similarities = Record<string, MetricView>;

/** One pseudo-candidate with its unsupervised similarities to the sources, point and per replicate. */
export type PreparedTrial = { source: number; blockIds: number[]; point: Similarities; replicates: Similarities[] };

const draw = (pool: number[], random: () => number) => pool.map(() => pool[Math.floor(random() * pool.length)]);

function sharesOf(labels: number[], picks: number[] | null, S: number): number[] {
  const out = new Array<number>(S).fill(0);
  const list = picks ?? labels;
  for (const l of list) out[l]++;
  return out.map((v) => (list.length === 0 ? 0 : v / list.length));
}

/** Similarities of each pseudo-candidate (profiles S.. after the S sources) to the sources. */
function unsupervised(profiles: Profile[], mfwCols: number[], S: number, count: number): Similarities[] {
  const cands = Array.from({ length: count }, (_, i) => S + i);
  const t = corpusMetrics(profiles, mfwCols, cands, Array.from({ length: S }, (_, s) => s), false);
  return cands.map((_, i) => {
    const sims: Similarities = {};
    for (const m of UNSUPERVISED) sims[m] = { values: t.pairs[m][i].map((v) => (IS_DISTANCE[m] ? -v : v)), scale: t.scales[m] };
    return sims;
  });
}

export function prepareCalibrationTrials(input: TrialInput): PreparedTrial[] {
  const { blocks, folded, S, K, mfwCols, replicates } = input;
  if (S < 2 || replicates < 2) return [];
  const random = createRandom(input.seed + 104729);
  const perFold = Math.max(1, Math.floor(input.maxTrials / (2 * K)));
  const trials: PreparedTrial[] = [];
  for (let f = 0; f < K; f++) {
    const outside = blocks.slice(0, S).map((b, s) => Array.from(b.keys()).filter((k) => folded[s].fold[k] !== f));
    if (outside.some((o) => o.length === 0)) continue;
    const full: PreparedTrial[] = [];
    const quarters: PreparedTrial[] = [];
    // Rotate which sources get trials when there are more sources than the cap allows.
    for (let k = 0; k < Math.min(S, perFold); k++) {
      const s = (f * perFold + k) % S;
      const inside = Array.from(blocks[s].keys()).filter((b) => folded[s].fold[b] === f);
      if (inside.length < 2) continue;
      full.push({ source: s, blockIds: inside, point: {}, replicates: [] });
      const quarter = inside.slice(0, Math.max(2, Math.round(inside.length / 4)));
      if (quarter.length < inside.length) quarters.push({ source: s, blockIds: quarter, point: {}, replicates: [] });
    }
    // The trials of one fold and size are analysed together, as real candidates are (one metrics pass each).
    const batches = [full, quarters].filter((b) => b.length > 0);
    if (batches.length === 0) continue;
    const weightsOf = (s: number, ids: number[]) => pickWeights(blocks[s].length, ids);
    const sourcePoint = outside.map((ids, s) => weightedProfile(blocks[s], weightsOf(s, ids)));
    for (const batch of batches) {
      const cands = batch.map((t) => weightedProfile(blocks[t.source], weightsOf(t.source, t.blockIds)));
      unsupervised([...sourcePoint, ...cands], mfwCols, S, batch.length).forEach((sims, i) => (batch[i].point = sims));
    }
    let sourceRep: Profile[] = [];
    const cands: Profile[][] = batches.map(() => []);
    for (let r = 0; r < replicates; r++) {
      sourceRep = outside.map((ids, s) => weightedProfile(blocks[s], weightsOf(s, draw(ids, random)), sourceRep[s]));
      batches.forEach((batch, bi) => {
        cands[bi] = batch.map((t, i) => weightedProfile(blocks[t.source], weightsOf(t.source, draw(t.blockIds, random)), cands[bi][i]));
        unsupervised([...sourceRep, ...cands[bi]], mfwCols, S, batch.length).forEach((sims, i) => batch[i].replicates.push(sims));
      });
    }
    trials.push(...batches.flat());
  }
  return trials;
}

export type TrialLabels = {
  folded: FoldedBlocks[];
  vectors: DocumentVectors;
  /** per source, held-out classifier label of each vector row (-1 = none) */
  heldOut: Int32Array[];
  S: number;
  seed: number;
  weights: Record<string, number>;
  /** the share metrics' unit, as in the real analysis */
  shareScale: number;
};

/** Adds the classifier view (shares of held-out labels) and turns each trial into a margin and a hit. */
export function scoreCalibrationTrials(prepared: PreparedTrial[], input: TrialLabels): Trial[] {
  const { folded, vectors, heldOut, S, weights } = input;
  const random = createRandom(input.seed + 130363);
  return prepared.map((t) => {
    const ids = new Set(t.blockIds);
    const labels: number[] = [];
    vectors.docs[t.source].forEach((d, r) => {
      const l = heldOut[t.source][r];
      if (l >= 0 && ids.has(folded[t.source].blockOf[d])) labels.push(l);
    });
    const withClassifier = (sims: Similarities, picks: number[] | null) =>
      labels.length ? { ...sims, classifier: { values: sharesOf(labels, picks, S), scale: input.shareScale } } : sims;
    const point = combineZ(withClassifier(t.point, null), weights);
    const reps = t.replicates.map((sims) => combineZ(withClassifier(sims, labels.length ? draw(labels, random) : null), weights));
    const { top, margin } = marginInSe(point, reps);
    return { margin, correct: top === t.source };
  });
}
