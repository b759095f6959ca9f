// Pseudo-trials for calibration (see calibration.ts): for fold f, each source keeps only its blocks outside
// f; one source's fold-f blocks (all of them, and a quarter of them for a harder, smaller trial) play the
// candidate, with the held-out classifier labels of those documents. The prompt-aligned metric cannot take
// part (no source answers a held-out prompt), so a trial combines the other metrics the same way. The
// pseudo-candidates of one fold and size share one metrics pass (z-scores, mean char profile and pooled
// log-odds over sources and candidates together), like several real candidates in one analysis.

import type { Trial } from "@/lib/analysis/attribution/calibration";
import { combineZ } from "@/lib/analysis/attribution/combine-scores";
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
  /** per source, held-out classifier label of each vector row (-1 = none) */
  heldOut: Int32Array[];
  vectors: DocumentVectors;
  replicates: number;
  seed: number;
  weights: Record<string, number>;
  /** cap on trials, spread over folds and sources */
  maxTrials: number;
};

type TrialSet = { source: number; blockIds: number[]; labels: number[]; quarter: boolean };

const draw = (pool: number[], random: () => number) => pool.map(() => pool[Math.floor(random() * pool.length)]);

function sharesOf(labels: number[], picks: number[] | null, S: number): number[] {
  const out = new Array<number>(S).fill(0);
  const list = picks ?? labels;
  for (const l of list) out[l]++;
  return out.map((v) => (list.length === 0 ? 0 : v / list.length));
}

/** Combined z of each pseudo-candidate (profiles S.. after the S sources) against the sources. */
function combined(profiles: Profile[], mfwCols: number[], S: number, cls: (number[] | null)[], weights: Record<string, number>): number[][] {
  const cands = cls.map((_, i) => S + i);
  const t = corpusMetrics(profiles, mfwCols, cands, Array.from({ length: S }, (_, s) => s), false);
  return cls.map((c, i) => {
    const sims: Record<string, number[]> = {};
    for (const m of UNSUPERVISED) sims[m] = t.pairs[m][i].map((v) => (IS_DISTANCE[m] ? -v : v));
    if (c) sims.classifier = c;
    return combineZ(sims, weights);
  });
}

export function calibrationTrials(input: TrialInput): Trial[] {
  const { blocks, folded, S, K, mfwCols, heldOut, vectors, replicates, weights } = input;
  if (S < 2 || replicates < 2) return [];
  const random = createRandom(input.seed + 104729);
  const perFold = Math.max(1, Math.floor(input.maxTrials / (2 * K)));
  const trials: Trial[] = [];
  for (let f = 0; f < K; f++) {
    const outside = blocks.slice(0, S).map((b, s) => Array.from(b.keys()).filter((k) => folded[s].fold[k] !== f));
    if (outside.some((o) => o.length === 0)) continue;
    const sets: TrialSet[] = [];
    // Rotate which sources get trials when there are more sources than the cap allows.
    for (let k = 0; k < Math.min(S, perFold); k++) {
      const s = (f * perFold + k) % S;
      const inside = Array.from(blocks[s].keys()).filter((b) => folded[s].fold[b] === f);
      if (inside.length < 2) continue;
      const labelsIn = (ids: number[]) => {
        const set = new Set(ids);
        const out: number[] = [];
        vectors.docs[s].forEach((d, r) => {
          const l = heldOut[s][r];
          if (l >= 0 && set.has(folded[s].blockOf[d])) out.push(l);
        });
        return out;
      };
      sets.push({ source: s, blockIds: inside, labels: labelsIn(inside), quarter: false });
      const quarter = inside.slice(0, Math.max(2, Math.round(inside.length / 4)));
      if (quarter.length < inside.length) sets.push({ source: s, blockIds: quarter, labels: labelsIn(quarter), quarter: true });
    }
    if (sets.length === 0) continue;
    // The trials of one fold and size are analysed together, as real candidates are (one metrics pass each).
    const batches = [sets.filter((t) => !t.quarter), sets.filter((t) => t.quarter)].filter((b) => b.length > 0);
    const weightsOf = (s: number, ids: number[]) => pickWeights(blocks[s].length, ids);
    const sourcePoint = outside.map((ids, s) => weightedProfile(blocks[s], weightsOf(s, ids)));
    const pointZ = batches.map((batch) =>
      combined(
        [...sourcePoint, ...batch.map((t) => weightedProfile(blocks[t.source], weightsOf(t.source, t.blockIds)))],
        mfwCols,
        S,
        batch.map((t) => (t.labels.length ? sharesOf(t.labels, null, S) : null)),
        weights,
      ),
    );
    const repZ: number[][][][] = batches.map((batch) => batch.map(() => []));
    let sourceRep: Profile[] = [];
    const cands: Profile[][] = batches.map(() => []);
    for (let r = 0; r < replicates; r++) {
      sourceRep = outside.map((ids, s) => weightedProfile(blocks[s], weightsOf(s, draw(ids, random)), sourceRep[s]));
      batches.forEach((batch, bi) => {
        cands[bi] = batch.map((t, i) => weightedProfile(blocks[t.source], weightsOf(t.source, draw(t.blockIds, random)), cands[bi][i]));
        const cls = batch.map((t) => (t.labels.length ? sharesOf(t.labels, draw(t.labels, random), S) : null));
        combined([...sourceRep, ...cands[bi]], mfwCols, S, cls, weights).forEach((z, i) => repZ[bi][i].push(z));
      });
    }
    batches.forEach((batch, bi) =>
      batch.forEach((t, i) => {
        const { top, margin } = marginInSe(pointZ[bi][i], repZ[bi][i]);
        trials.push({ margin, correct: top === t.source });
      }),
    );
  }
  return trials;
}
