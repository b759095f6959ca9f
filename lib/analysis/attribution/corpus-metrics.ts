// All unsupervised metrics from a set of profiles (one per corpus). Called once on the full data and once
// per bootstrap replicate, so it only touches the small shared spaces.

import { burrowsDelta, cosineDelta, zScoreColumns } from "@/lib/analysis/metrics/delta";
import { jensenShannonParts, jsdPart, type JsdPart } from "@/lib/analysis/metrics/jensen-shannon";
import { logOddsZ } from "@/lib/analysis/metrics/log-odds";
import { weightedJaccard } from "@/lib/analysis/metrics/weighted-jaccard";
import type { Profile } from "@/lib/analysis/attribution/profiles";
import { SPACE } from "@/lib/analysis/params";
import { spread } from "@/lib/analysis/attribution/combine-scores";

export const UNSUPERVISED = ["burrows-delta", "cosine-delta", "jensen-shannon", "char-ngram-cosine", "slop-jaccard", "style-markers"] as const;
export type UnsupervisedMetric = (typeof UNSUPERVISED)[number];

/** Whether a metric's raw value is a distance (lower = more alike). */
export const IS_DISTANCE: Record<UnsupervisedMetric, boolean> = {
  "burrows-delta": true,
  "cosine-delta": true,
  "jensen-shannon": true,
  "char-ngram-cosine": false,
  "slop-jaccard": false,
  "style-markers": true,
};

export type MetricTables = {
  /** [metric][candidate][source] raw values */
  pairs: Record<UnsupervisedMetric, number[][]>;
  /** [metric] sd over every corpus pair with a source in it: the metric's unit in the combination */
  scales: Record<UnsupervisedMetric, number>;
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

/** Over-representation weights of each corpus against all the others (log-odds z above the threshold). */
export function overRepresentation(profiles: Profile[]): Float64Array[] {
  const w = profiles[0]?.words.length ?? 0;
  const pooled = new Float64Array(w);
  let pooledTotal = 0;
  for (const p of profiles) {
    const words = p.words;
    for (let j = 0; j < w; j++) pooled[j] += words[j];
    pooledTotal += p.tokens;
  }
  const input = { focus: 0, focusTotal: 0, other: 0, otherTotal: 0, backgroundShare: 0, alpha0: SPACE.alpha0 };
  const share = pooled.map((x) => x / Math.max(1, pooledTotal));
  return profiles.map((p) => {
    const out = new Float64Array(w);
    const words = p.words;
    input.focusTotal = p.tokens;
    input.otherTotal = pooledTotal - p.tokens;
    for (let j = 0; j < w; j++) {
      if (words[j] === 0) continue; // z <= 0 when the corpus never uses the word
      input.focus = words[j];
      input.other = pooled[j] - words[j];
      input.backgroundShare = share[j];
      const z = logOddsZ(input);
      if (z > SPACE.overZ) out[j] = z - SPACE.overZ;
    }
    return out;
  });
}

/** Chars as shares minus the mean share over all corpora, so n-grams every English text shares cancel. */
function charDeviations(profiles: Profile[]): { dev: Float64Array[]; norm: Float64Array } {
  const n = profiles.length;
  const dims = profiles[0]?.chars.length ?? 0;
  const rel = profiles.map((p) => {
    const c = p.chars;
    let s = 0;
    for (let j = 0; j < dims; j++) s += c[j];
    const out = new Float64Array(dims);
    if (s === 0) return out;
    for (let j = 0; j < dims; j++) out[j] = c[j] / s;
    return out;
  });
  const mean = new Float64Array(dims);
  for (const r of rel) for (let j = 0; j < dims; j++) mean[j] += r[j] / n;
  const norm = new Float64Array(n);
  rel.forEach((r, i) => {
    let ss = 0;
    for (let j = 0; j < dims; j++) {
      r[j] -= mean[j];
      ss += r[j] * r[j];
    }
    norm[i] = Math.sqrt(ss);
  });
  return { dev: rel, norm };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j] * b[j];
  return s;
}

/** Word shares over the shared space plus one bucket for every other word, prepared for JSD. */
function wordParts(profiles: Profile[]): (JsdPart | null)[] {
  return profiles.map((p) => {
    const v = new Float64Array(p.words.length + 1);
    v.set(p.words);
    let s = 0;
    for (let j = 0; j < p.words.length; j++) s += p.words[j];
    v[p.words.length] = Math.max(0, p.tokens - s);
    return jsdPart(v);
  });
}

/**
 * Metric tables of `candidates` × `sources`, each metric's spread over every pair with a source in it (its
 * scale in the combination), and the Cosine Delta matrix of all corpora (lineage; with `allPairs` false only
 * the pairs with a source are filled, as calibration trials need no more).
 */
export function corpusMetrics(profiles: Profile[], mfwCols: number[], candidates: number[], sources: number[], allPairs = true): MetricTables {
  const mfwZ = zScoreColumns(profiles.map((p) => relative(p, mfwCols)));
  const pairs = sourcePairs(profiles.length, sources);
  const dist = profiles.map(() => new Array<number>(profiles.length).fill(0));
  const fill = (a: number, b: number) => (dist[a][b] = dist[b][a] = cosineDelta(mfwZ[a], mfwZ[b]));
  if (allPairs) {
    for (let a = 0; a < profiles.length; a++) for (let b = a + 1; b < profiles.length; b++) fill(a, b);
  } else {
    for (const [a, b] of pairs) fill(a, b);
  }
  const words = wordParts(profiles);
  const jsd = (c: number, s: number) => {
    const x = words[c];
    const y = words[s];
    return x && y ? jensenShannonParts(x, y) : x === y ? 0 : 1;
  };
  const chars = charDeviations(profiles);
  const charCosine = (c: number, s: number) => {
    const d = chars.norm[c] * chars.norm[s];
    return d === 0 ? 0 : dot(chars.dev[c], chars.dev[s]) / d;
  };
  const over = overRepresentation(profiles);
  const styleZ = zScoreColumns(profiles.map((p) => p.style));

  const metric: Record<UnsupervisedMetric, (c: number, s: number) => number> = {
    "burrows-delta": (c, s) => burrowsDelta(mfwZ[c], mfwZ[s]),
    "cosine-delta": (c, s) => dist[c][s],
    "jensen-shannon": jsd,
    "char-ngram-cosine": charCosine,
    "slop-jaccard": (c, s) => weightedJaccard(over[c], over[s]),
    "style-markers": (c, s) => burrowsDelta(styleZ[c], styleZ[s]),
  };
  const table = {} as MetricTables["pairs"];
  const scales = {} as MetricTables["scales"];
  const n = profiles.length;
  const value = new Float64Array(n * n); // every candidate–source pair is among `pairs`: computed once
  for (const m of UNSUPERVISED) {
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
