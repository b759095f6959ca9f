// The map of corpora drawn from the distances the verdict reads. Candidates sit at 2·(1 − similarity) from
// each source, the similarity being the question's combined score (inheritance by default: what the verdict
// answers), so a candidate lands nearest the source it was attributed to. The verdict has no source-to-source
// distances, so sources keep their Cosine Delta distances from the lineage matrix, scaled so their mean is 1
// (the distance of a candidate whose similarity is 0.5, i.e. average). Candidate pairs keep Cosine Delta too, at
// a low weight: the verdict never compared them. Classical MDS starts the layout; weighted SMACOF refines it,
// and Kruskal's stress-1 reports how well the flat map keeps those distances.

import { classicalMds } from "@/lib/analysis/lineage/classical-mds";
import type { AnalysisResult, RankingEntry } from "@/lib/analysis/result-types";

export type MapQuestion = "inheritance" | "kinship";
export type VerdictMapPoint = { label: string; role: "source" | "candidate"; x: number; y: number };
export type VerdictMap = {
  question: MapQuestion;
  points: VerdictMapPoint[];
  /** Kruskal stress-1 of the drawn layout against the target distances (0 = exact; < 0.1 good; > 0.2 poor). */
  stress: number;
  /** Per candidate: its top-ranked source and the source nearest it on the map. */
  agreement: { candidate: string; top: string | null; nearest: string | null }[];
};

type MapInput = Pick<AnalysisResult, "sources" | "candidates" | "lineage">;

const CANDIDATE_PAIR_WEIGHT = 0.25;
const ITERATIONS = 300;

export function buildVerdictMap(result: MapInput, question: MapQuestion = "inheritance"): VerdictMap {
  const labels = [...result.sources, ...result.candidates.map((c) => c.name)];
  const roles = labels.map((_, i) => (i < result.sources.length ? "source" : "candidate") as VerdictMapPoint["role"]);
  const S = result.sources.length;
  const n = labels.length;
  const rankingOf = (i: number): RankingEntry[] => {
    const c = result.candidates[i - S];
    return (question === "kinship" ? c.kinship?.ranking : c.inheritance?.ranking) ?? c.ranking;
  };
  if (n === 0) return { question, points: [], stress: 0, agreement: [] };

  const lineageIndex = new Map(result.lineage.labels.map((l, i) => [l, i]));
  const cosine = (a: number, b: number): number | null => {
    const i = lineageIndex.get(labels[a]);
    const j = lineageIndex.get(labels[b]);
    if (i === undefined || j === undefined) return null;
    const d = (result.lineage.distance[i][j] + result.lineage.distance[j][i]) / 2;
    return Number.isFinite(d) ? d : null;
  };
  const sourcePairs: number[] = [];
  for (let a = 0; a < S; a++) for (let b = a + 1; b < S; b++) sourcePairs.push(cosine(a, b) ?? Number.NaN);
  const finite = sourcePairs.filter(Number.isFinite);
  const scale = finite.length > 0 && mean(finite) > 0 ? mean(finite) : 1;

  const target = square(n, 0);
  const weight = square(n, 0);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      let d: number | null = null;
      let w = 1;
      if (roles[a] === "source" && roles[b] === "source") d = (cosine(a, b) ?? scale) / scale;
      else if (roles[a] === "source" || roles[b] === "source") {
        const [s, c] = roles[a] === "source" ? [a, b] : [b, a];
        const entry = rankingOf(c).find((r) => r.source === labels[s]);
        d = entry && Number.isFinite(entry.score) ? 2 * (1 - entry.score) : null;
      } else {
        const raw = cosine(a, b);
        d = raw === null ? null : raw / scale;
        w = CANDIDATE_PAIR_WEIGHT;
      }
      // A missing distance is filled with the mean for the starting layout and given no weight.
      target[a][b] = target[b][a] = d ?? 1;
      weight[a][b] = weight[b][a] = d === null ? 0 : w;
    }
  }

  const start = n >= 2 ? classicalMds(target, labels).points.map((p) => [p.x, p.y]) : [[0, 0]];
  const layout = n >= 3 ? smacof(target, weight, jitterDegenerate(start)) : start;
  const points = labels.map((label, i) => ({ label, role: roles[i], x: layout[i][0], y: layout[i][1] }));
  const agreement = result.candidates.map((c, ci) => {
    const i = S + ci;
    let nearest: string | null = null;
    let best = Infinity;
    for (let s = 0; s < S; s++) {
      const d = Math.hypot(layout[i][0] - layout[s][0], layout[i][1] - layout[s][1]);
      if (d < best) [best, nearest] = [d, labels[s]];
    }
    return { candidate: c.name, top: rankingOf(i)[0]?.source ?? null, nearest };
  });
  return { question, points, stress: stress1(target, weight, layout), agreement };
}

/** Weighted SMACOF (de Leeuw): repeated Guttman transforms, each lowering the weighted raw stress. */
function smacof(target: number[][], weight: number[][], start: number[][]): number[][] {
  const n = target.length;
  const v = square(n, 0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (i !== j) v[i][j] = -weight[i][j];
    v[i][i] = -v[i].reduce((a, b) => a + b, 0);
  }
  // Moore–Penrose inverse of V (rank n − 1, null space the ones vector): (V + 11ᵀ/n)⁻¹ − 11ᵀ/n.
  const vPlus = invert(v.map((row) => row.map((x) => x + 1 / n)));
  if (!vPlus) return start;
  for (const row of vPlus) for (let j = 0; j < n; j++) row[j] -= 1 / n;

  let x = start.map((p) => [...p]);
  let previous = Infinity;
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const b = square(n, 0);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const d = Math.hypot(x[i][0] - x[j][0], x[i][1] - x[j][1]);
        b[i][j] = d > 1e-12 ? (-weight[i][j] * target[i][j]) / d : 0;
      }
      b[i][i] = -b[i].reduce((a, c) => a + c, 0);
    }
    const bx = b.map((row) => [0, 1].map((k) => row.reduce((sum, bij, j) => sum + bij * x[j][k], 0)));
    x = vPlus.map((row) => [0, 1].map((k) => row.reduce((sum, vij, j) => sum + vij * bx[j][k], 0)));
    const s = rawStress(target, weight, x);
    if (previous - s < 1e-10 * Math.max(1, previous)) break;
    previous = s;
  }
  return orient(x);
}

function rawStress(target: number[][], weight: number[][], x: number[][]): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const d = Math.hypot(x[i][0] - x[j][0], x[i][1] - x[j][1]);
      sum += weight[i][j] * (d - target[i][j]) ** 2;
    }
  }
  return sum;
}

function stress1(target: number[][], weight: number[][], x: number[][]): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      if (weight[i][j] === 0) continue;
      const d = Math.hypot(x[i][0] - x[j][0], x[i][1] - x[j][1]);
      num += weight[i][j] * (d - target[i][j]) ** 2;
      den += weight[i][j] * target[i][j] ** 2;
    }
  }
  return den > 0 ? Math.sqrt(num / den) : 0;
}

/** Points that classical MDS put on top of each other get a tiny deterministic offset, so SMACOF can part them. */
function jitterDegenerate(points: number[][]): number[][] {
  return points.map(([x, y], i) => [x + 1e-6 * Math.cos(i + 1), y + 1e-6 * Math.sin(i + 1)]);
}

/** Centred, first point's x positive: the same input always draws the same picture. */
function orient(x: number[][]): number[][] {
  const cx = mean(x.map((p) => p[0]));
  const cy = mean(x.map((p) => p[1]));
  const centred = x.map(([a, b]) => [a - cx, b - cy]);
  const flipX = centred[0][0] < 0 ? -1 : 1;
  const flipY = centred[0][1] < 0 ? -1 : 1;
  return centred.map(([a, b]) => [a * flipX, b * flipY]);
}

/** Gauss–Jordan with partial pivoting; null when singular. */
function invert(m: number[][]): number[][] | null {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (Math.abs(a[pivot][col]) < 1e-12) return null;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const p = a[col][col];
    for (let j = 0; j < 2 * n; j++) a[col][j] /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r][col];
      if (f !== 0) for (let j = 0; j < 2 * n; j++) a[r][j] -= f * a[col][j];
    }
  }
  return a.map((row) => row.slice(n));
}

function square(n: number, fill: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(fill));
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Both questions' maps, for the results page. */
export function buildMaps(result: MapInput): Record<MapQuestion, VerdictMap> {
  return { inheritance: buildVerdictMap(result, "inheritance"), kinship: buildVerdictMap(result, "kinship") };
}
