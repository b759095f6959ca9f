// The bootstrap over documents, in two parts. `resampleMetricTables` redraws every corpus' blocks and
// recomputes the unsupervised metrics (it needs no classifier, so it runs while the classifier trains on
// another thread). `rankReplicates` then adds the document-level views (classifier and prompt-aligned
// shares, resampled on their own seeded stream) and combines each replicate as the point estimate is.

import { centreAndScale, combineZ, spread, type MetricView } from "@/lib/analysis/attribution/combine-scores";
import { corpusMetrics, IS_DISTANCE, UNSUPERVISED, type MetricTables } from "@/lib/analysis/attribution/corpus-metrics";
import { pickWeights, weightedProfile, type Profile, type Sums } from "@/lib/analysis/attribution/profiles";
import { createRandom, replicateSeed, resampleIndices } from "@/lib/analysis/math/seeded-random";

export type ReplicateTables = Pick<MetricTables, "pairs" | "scales" | "all" | "rowScales">;

/** Prompt-aligned shares join the combination only with at least this many aligned prompts. */
export const MIN_ALIGNED_PROMPTS = 20;

export type ResampleTask = {
  blocks: Sums[][];
  mfwCols: number[];
  candIdx: number[];
  sourceIdx: number[];
  replicates: number;
  seed: number;
  vocabularyWeights: Float64Array | null;
};

/** Replicates of the unsupervised metric tables (a self-contained task: it runs on a worker thread). */
export function resampleMetricTables(task: ResampleTask): ReplicateTables[] {
  const out: ReplicateTables[] = [];
  let profiles: Profile[] = [];
  for (let r = 0; r < task.replicates; r++) {
    profiles = resampledProfiles(task, r, profiles);
    out.push(metricTables(task, profiles));
  }
  return out;
}

/**
 * resampleMetricTables shared by several tasks: each takes the next replicate not yet taken (the shared
 * `next` counter) until none is left, so a thread done with its other tasks takes more of them. A task
 * with `stop` also ends after the replicate it is on once stop[0] is set (it makes way for other tasks).
 * Every replicate is seeded by its number: the same replicates, whoever computes them.
 */
export type SharedResampleTask = ResampleTask & { next: Int32Array; stop?: Int32Array };

export type TakenReplicates = { numbers: number[]; tables: ReplicateTables[] };

export function takeReplicates(task: SharedResampleTask): TakenReplicates {
  const numbers: number[] = [];
  const tables: ReplicateTables[] = [];
  let profiles: Profile[] = [];
  while (!task.stop || Atomics.load(task.stop, 0) === 0) {
    const r = Atomics.add(task.next, 0, 1);
    if (r >= task.replicates) break;
    profiles = resampledProfiles(task, r, profiles);
    numbers.push(r);
    tables.push(metricTables(task, profiles));
  }
  return { numbers, tables };
}

/** The replicates of takeReplicates' tasks, in replicate order. */
export function mergeTakenReplicates(parts: TakenReplicates[], replicates: number): ReplicateTables[] {
  const out = new Array<ReplicateTables>(replicates);
  for (const { numbers, tables } of parts) numbers.forEach((r, k) => (out[r] = tables[k]));
  return out;
}

/** Replicate r's profiles (written into `reuse`'s arrays when given). */
function resampledProfiles(task: ResampleTask, r: number, reuse: Profile[]): Profile[] {
  const random = createRandom(replicateSeed(task.seed, r));
  return task.blocks.map((b, i) => weightedProfile(b, pickWeights(b.length, resampleIndices(b.length, random)), reuse[i]));
}

function metricTables(task: ResampleTask, profiles: Profile[]): ReplicateTables {
  const { pairs, scales, all } = corpusMetrics(profiles, task.mfwCols, task.candIdx, task.sourceIdx, { vocabularyWeights: task.vocabularyWeights });
  return { pairs, scales, all };
}

/** Share of each class among `labels` (or among the labels at `picks`). */
export function shares(labels: ArrayLike<number>, picks: ArrayLike<number> | null, classes: number): number[] {
  const out = new Array<number>(classes).fill(0);
  const n = picks === null ? labels.length : picks.length;
  for (let k = 0; k < n; k++) out[labels[picks === null ? k : picks[k]]]++;
  return out.map((v) => (n === 0 ? 0 : v / n));
}

/** Per metric, candidate row `c`'s similarities (higher = more alike) to the sources, with the metric's scale. */
export function similarities(
  tables: ReplicateTables,
  c: number,
  classifier: number[] | null,
  aligned: number[] | null,
  shareScale: number,
): Record<string, MetricView> {
  const out: Record<string, MetricView> = {};
  for (const m of UNSUPERVISED) {
    const row = tables.pairs[m]?.[c];
    if (row) out[m] = { values: row.map((v) => (IS_DISTANCE[m] ? -v : v)), scale: tables.rowScales?.[m]?.[c] ?? tables.scales[m] ?? 0 };
  }
  if (classifier) out.classifier = { values: classifier, scale: shareScale };
  if (aligned) out["prompt-aligned"] = { values: aligned, scale: shareScale };
  return out;
}

/**
 * The unit of the share metrics (classifier, prompt-aligned): the sd of every cell of the analysis' share
 * table, each source's held-out documents over the sources (the classifier's confusion rows) and each
 * candidate's documents. Like the other metrics' units, it is a spread across models, not within one row.
 */
export function shareUnit(heldOut: Int32Array[], predicted: Int32Array[], S: number): number {
  const cells: number[] = [];
  for (const labels of heldOut) {
    const known = labels.filter((l) => l >= 0);
    if (known.length > 0) cells.push(...shares(known, null, S));
  }
  for (const labels of predicted) if (labels.length > 0) cells.push(...shares(labels, null, S));
  return spread(cells);
}

export type DocumentViews = {
  /** per candidate, the classifier's label of each document row */
  predicted: Int32Array[];
  /** per candidate, the winning source of each aligned prompt */
  aligned: number[][];
  /** the share metrics' unit (shareUnit) */
  shareScale: number;
};

/** Point similarities of candidate `ci`; the document-level views only where they have enough rows. */
export function pointSimilarities(tables: ReplicateTables, ci: number, views: DocumentViews, S: number): Record<string, MetricView> {
  const predicted = views.predicted[ci];
  const aligned = views.aligned[ci];
  return similarities(
    tables,
    ci,
    S > 0 && predicted.length > 0 ? shares(predicted, null, S) : null,
    aligned.length >= MIN_ALIGNED_PROMPTS ? shares(aligned, null, S) : null,
    views.shareScale,
  );
}

export type ReplicateRankings = {
  /** [candidate][source] combined z per replicate */
  combined: number[][][];
  /** [candidate] combined z of all sources per replicate */
  z: number[][][];
  /** [candidate] metric → [source] z (centred, in the metric's scale) per replicate */
  metric: Map<string, number[][]>[];
  /** [candidate][source] replicates in which that source ranked first */
  firsts: number[][];
};

export function rankReplicates(
  tables: ReplicateTables[],
  views: DocumentViews,
  S: number,
  weights: Record<string, number>,
  seed: number,
): ReplicateRankings {
  const C = views.predicted.length;
  const random = createRandom(seed + 15485863);
  const out: ReplicateRankings = {
    combined: Array.from({ length: C }, () => Array.from({ length: S }, () => [])),
    z: Array.from({ length: C }, () => []),
    metric: Array.from({ length: C }, () => new Map()),
    firsts: Array.from({ length: C }, () => new Array<number>(S).fill(0)),
  };
  for (const rt of tables) {
    for (let ci = 0; ci < C; ci++) {
      const predicted = views.predicted[ci];
      const aligned = views.aligned[ci];
      const cls = predicted.length > 0 && S > 0 ? shares(predicted, resampleIndices(predicted.length, random), S) : null;
      const al = aligned.length >= MIN_ALIGNED_PROMPTS ? shares(aligned, resampleIndices(aligned.length, random), S) : null;
      const sims = similarities(rt, ci, cls, al, views.shareScale);
      const z = combineZ(sims, weights);
      out.z[ci].push(z);
      let best = 0;
      z.forEach((v, s) => {
        out.combined[ci][s].push(v);
        if (v > z[best]) best = s;
      });
      if (S > 0) out.firsts[ci][best]++;
      for (const [m, view] of Object.entries(sims)) {
        if (!out.metric[ci].has(m)) out.metric[ci].set(m, Array.from({ length: S }, () => []));
        centreAndScale(view).forEach((v, s) => out.metric[ci].get(m)![s].push(v));
      }
    }
  }
  return out;
}
