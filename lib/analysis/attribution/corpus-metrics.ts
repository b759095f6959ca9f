// All unsupervised metrics from a set of profiles (one per corpus). Called once on the full data and once
// per bootstrap replicate, so it only touches the small shared spaces.

import { burrowsDelta, cosineDelta, zScoreColumns } from "@/lib/analysis/metrics/delta";
import { jensenShannonParts, jsdPart, type JsdPart } from "@/lib/analysis/metrics/jensen-shannon";
import { logOddsProfile } from "@/lib/analysis/metrics/log-odds-correlation";
import type { Profile } from "@/lib/analysis/attribution/profiles";
import { SPACE } from "@/lib/analysis/params";
import { spread } from "@/lib/analysis/attribution/combine-scores";

export const UNSUPERVISED = ["burrows-delta", "cosine-delta", "jensen-shannon", "char-ngram-cosine", "slop-jaccard", "style-markers", "log-odds-correlation"] as const;
export type UnsupervisedMetric = (typeof UNSUPERVISED)[number];

/** Whether a metric's raw value is a distance (lower = more alike). */
export const IS_DISTANCE: Record<UnsupervisedMetric, boolean> = {
  "burrows-delta": true,
  "cosine-delta": true,
  "jensen-shannon": true,
  "char-ngram-cosine": false,
  "slop-jaccard": false,
  "style-markers": true,
  "log-odds-correlation": false,
};

export type MetricTables = {
  /** [metric][candidate][source] raw values (the metrics that were asked for) */
  pairs: Partial<Record<UnsupervisedMetric, number[][]>>;
  /** [metric] sd over every corpus pair with a source in it: the metric's unit in the combination */
  scales: Partial<Record<UnsupervisedMetric, number>>;
  /** [metric][candidate] a row's own unit, where its values were measured against other profiles of the sources (prompt-matched-tables.ts) */
  rowScales?: Partial<Record<UnsupervisedMetric, (number | undefined)[]>>;
  /** Cosine Delta between all corpora (for lineage) */
  all: number[][];
  /** z-scored MFW rows of all corpora (for PCA) */
  mfwZ: Float64Array[];
};

function relative(p: Profile, cols: number[]): Float64Array {
  const out = new Float64Array(cols.length);
  const t = Math.max(1, p.tokens);
  for (let j = 0; j < cols.length; j++) out[j] = p.words[cols[j]] / t;
  return out;
}

/** The most frequent words of the space (function words: what a base model leaves), at most a quarter of it. */
export function functionWordCount(spaceWords: number): number {
  return Math.min(SPACE.functionWords, Math.floor(spaceWords / 4));
}

/**
 * Every corpus' log-odds z against the sources pooled, a source's own counts left out of its pool (one
 * background for every candidate, so adding a candidate never changes another's score), over the space's
 * words after its function words: the inheritance metrics read content vocabulary, not a base model's form.
 */
export function sourceLogOdds(profiles: Profile[], sources: number[]): Float64Array[] {
  const w = profiles[0]?.words.length ?? 0;
  const pool = new Float64Array(w);
  let total = 0;
  const isSource = new Uint8Array(profiles.length);
  for (const s of sources) {
    isSource[s] = 1;
    const words = profiles[s].words;
    for (let j = 0; j < w; j++) pool[j] += words[j];
    total += profiles[s].tokens;
  }
  const skip = functionWordCount(w);
  return profiles.map((p, i) => logOddsProfile(p.words.subarray(skip), p.tokens, pool.subarray(skip), total, SPACE.alpha0, isSource[i] === 1));
}

/** A log-odds vector (the space's words after its function words) times each word's weight, in place. */
function weigh(z: Float64Array, weights: Float64Array | null | undefined): Float64Array {
  if (!weights) return z;
  const skip = weights.length - z.length;
  for (let j = 0; j < z.length; j++) z[j] *= weights[skip + j];
  return z;
}

/** Centred and scaled to unit length (zero when constant): the dot product of two is their Pearson correlation. */
function standardize(v: Float64Array): Float64Array {
  let mean = 0;
  for (let j = 0; j < v.length; j++) mean += v[j];
  mean /= Math.max(1, v.length);
  let ss = 0;
  for (let j = 0; j < v.length; j++) {
    v[j] -= mean;
    ss += v[j] * v[j];
  }
  const scale = ss > 0 ? 1 / Math.sqrt(ss) : 0;
  for (let j = 0; j < v.length; j++) v[j] *= scale;
  return v;
}

type SparseWeights = { dense: Float64Array; nonzero: Int32Array; total: number };

function sparseWeights(dense: Float64Array): SparseWeights {
  const nonzero: number[] = [];
  let total = 0;
  for (let j = 0; j < dense.length; j++) {
    if (dense[j] > 0) {
      nonzero.push(j);
      total += dense[j];
    }
  }
  return { dense, nonzero: Int32Array.from(nonzero), total };
}

/** weightedJaccard of two non-negative vectors in O(non-zeros): Σmin / (Σa + Σb − Σmin). */
function sparseJaccard(a: SparseWeights, b: SparseWeights): number {
  let lo = 0;
  for (const j of a.nonzero) lo += Math.min(a.dense[j], b.dense[j]);
  const hi = a.total + b.total - lo;
  return hi > 0 ? lo / hi : 0;
}

/** Over-representation weights: log-odds z above the threshold, less the threshold. */
export function overRepresentation(logOdds: Float64Array[]): Float64Array[] {
  return logOdds.map((z) => overThreshold(z, SPACE.overZ));
}

// The loops below are functions of their own, not in the callbacks that use them: V8 compiled them worse
// there (they run once per corpus and replicate; the bootstrap took ~3% less time this way).

function overThreshold(z: Float64Array, threshold: number): Float64Array {
  const out = new Float64Array(z.length);
  for (let j = 0; j < z.length; j++) out[j] = z[j] > threshold ? z[j] - threshold : 0;
  return out;
}

/** Chars as shares minus the mean share over all corpora, so n-grams every English text shares cancel. */
function charDeviations(profiles: Profile[]): { dev: Float64Array[]; norm: Float64Array } {
  const n = profiles.length;
  const dims = profiles[0]?.chars.length ?? 0;
  // Every array is allocated before the loops, and each loop over the columns is a function ending with
  // it: V8 compiles this code mid-loop (it runs once per replicate), and an allocation or a loop it had
  // not yet seen run made that code bail out on every call.
  const dev: Float64Array[] = [];
  for (let i = 0; i < n; i++) dev.push(new Float64Array(dims));
  const mean = new Float64Array(dims);
  const norm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = sumOf(profiles[i].chars);
    if (s !== 0) divideInto(profiles[i].chars, s, dev[i]);
  }
  for (let i = 0; i < n; i++) addDivided(mean, dev[i], n);
  for (let i = 0; i < n; i++) norm[i] = Math.sqrt(centreSquares(dev[i], mean));
  return { dev, norm };
}

function sumOf(c: Float64Array): number {
  let s = 0;
  for (let j = 0; j < c.length; j++) s += c[j];
  return s;
}

function divideInto(c: Float64Array, s: number, out: Float64Array): void {
  for (let j = 0; j < c.length; j++) out[j] = c[j] / s;
}

function addDivided(into: Float64Array, r: Float64Array, n: number): void {
  for (let j = 0; j < r.length; j++) into[j] += r[j] / n;
}

/** r -= mean, and the sum of squares of the result. */
function centreSquares(r: Float64Array, mean: Float64Array): number {
  let ss = 0;
  for (let j = 0; j < r.length; j++) {
    r[j] -= mean[j];
    ss += r[j] * r[j];
  }
  return ss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j] * b[j];
  return s;
}

/** Word shares over the shared space plus one bucket for every other word, prepared for JSD. */
function wordParts(profiles: Profile[]): (JsdPart | null)[] {
  return profiles.map((p) => jsdPart(withRest(p.words, p.tokens)));
}

/** The words' counts and one more entry: the tokens they leave out. */
function withRest(words: Float64Array, tokens: number): Float64Array {
  const v = new Float64Array(words.length + 1);
  v.set(words);
  v[words.length] = Math.max(0, tokens - sumOf(words));
  return v;
}

export type MetricOptions = {
  /** fill the Cosine Delta matrix between every pair of corpora (lineage), not only the pairs with a source */
  allPairs?: boolean;
  /** compute only these metrics (calibration trials need only the ones their question combines) */
  metrics?: readonly UnsupervisedMetric[];
  /** per word of the space, how far the vocabulary correlation counts it (prompt-driven-words.ts); all 1 when absent */
  vocabularyWeights?: Float64Array | null;
};

/**
 * Metric tables of `candidates` × `sources`, each metric's spread over every pair with a source in it (its
 * scale in the combination), and the Cosine Delta matrix of all corpora (lineage).
 */
export function corpusMetrics(profiles: Profile[], mfwCols: number[], candidates: number[], sources: number[], options: MetricOptions = {}): MetricTables {
  const wanted = options.metrics ?? UNSUPERVISED;
  const needs = (...ms: UnsupervisedMetric[]) => ms.some((m) => wanted.includes(m));
  const pairs = sourcePairs(profiles.length, sources);
  const mfwZ = needs("burrows-delta", "cosine-delta") || options.allPairs !== false ? zScoreColumns(profiles.map((p) => relative(p, mfwCols))) : [];
  const dist = profiles.map(() => new Array<number>(profiles.length).fill(0));
  const fill = (a: number, b: number) => (dist[a][b] = dist[b][a] = cosineDelta(mfwZ[a], mfwZ[b]));
  if (options.allPairs !== false) {
    for (let a = 0; a < profiles.length; a++) for (let b = a + 1; b < profiles.length; b++) fill(a, b);
  } else if (needs("cosine-delta")) {
    for (const [a, b] of pairs) fill(a, b);
  }
  const words = needs("jensen-shannon") ? wordParts(profiles) : [];
  const jsd = (c: number, s: number) => {
    const x = words[c];
    const y = words[s];
    return x && y ? jensenShannonParts(x, y) : x === y ? 0 : 1;
  };
  const chars = needs("char-ngram-cosine") ? charDeviations(profiles) : { dev: [], norm: new Float64Array(0) };
  const charCosine = (c: number, s: number) => {
    const d = chars.norm[c] * chars.norm[s];
    return d === 0 ? 0 : dot(chars.dev[c], chars.dev[s]) / d;
  };
  const logOdds = needs("log-odds-correlation", "slop-jaccard") ? sourceLogOdds(profiles, sources) : [];
  const over = needs("slop-jaccard") ? overRepresentation(logOdds).map(sparseWeights) : [];
  // in place, after `over` read them
  const vocabulary = needs("log-odds-correlation") ? logOdds.map((z) => standardize(weigh(z, options.vocabularyWeights))) : [];
  const styleZ = needs("style-markers") ? zScoreColumns(profiles.map((p) => p.style)) : [];

  const metric: Record<UnsupervisedMetric, (c: number, s: number) => number> = {
    "burrows-delta": (c, s) => burrowsDelta(mfwZ[c], mfwZ[s]),
    "cosine-delta": (c, s) => dist[c][s],
    "jensen-shannon": jsd,
    "char-ngram-cosine": charCosine,
    "slop-jaccard": (c, s) => sparseJaccard(over[c], over[s]),
    "style-markers": (c, s) => burrowsDelta(styleZ[c], styleZ[s]),
    "log-odds-correlation": (c, s) => dot(vocabulary[c], vocabulary[s]),
  };
  const table: MetricTables["pairs"] = {};
  const scales: MetricTables["scales"] = {};
  const n = profiles.length;
  const value = new Float64Array(n * n); // every candidate–source pair is among `pairs`: computed once
  for (const m of UNSUPERVISED) {
    if (!wanted.includes(m)) continue;
    const f = metric[m];
    scales[m] = spread(pairs.map(([a, b]) => (value[a * n + b] = value[b * n + a] = f(a, b))));
    table[m] = candidates.map((c) => sources.map((s) => (c === s ? f(c, s) : value[c * n + s])));
  }
  return { pairs: table, scales, all: dist, mfwZ };
}

/** Every unordered pair of distinct corpora with at least one source in it. */
function sourcePairs(n: number, sources: number[]): [number, number][] {
  const isSource = new Array<boolean>(n).fill(false);
  for (const s of sources) isSource[s] = true;
  const out: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (isSource[a] || isSource[b]) out.push([a, b]);
  return out;
}

/** Top `mfw` columns of the word space present in at least `culling` of the corpora (space is frequency-ranked). */
export function selectMfw(profiles: Profile[], mfw: number, culling: number): number[] {
  const cols: number[] = [];
  const w = profiles[0]?.words.length ?? 0;
  for (let j = 0; j < w && cols.length < mfw; j++) {
    let present = 0;
    for (const p of profiles) if (p.words[j] > 0) present++;
    if (present >= culling * profiles.length) cols.push(j);
  }
  return cols;
}
