// Colour-blind-safe categorical colours. Sources are coloured by their position in the analysis' source
// list, so a source keeps one colour across every chart of an analysis. Okabe-Ito first (black dropped: it
// vanishes in dark mode), then Paul Tol's "muted" set; past 16 sources colours repeat and labels carry identity.
const OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"];
const TOL_MUTED = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"];

export const CATEGORICAL = [...OKABE_ITO, ...TOL_MUTED];

/** Candidates are not sources: they get neutral greys, first and second in a comparison. */
export const CANDIDATE_COLORS = ["#6B7280", "#A8A29E"] as const;

export type SourcePalette = { color: (source: string) => string; entries: { source: string; color: string }[] };

export function sourcePalette(sources: string[]): SourcePalette {
  const map = new Map<string, string>();
  sources.forEach((s, i) => map.set(s, CATEGORICAL[i % CATEGORICAL.length]));
  return {
    color: (source) => map.get(source) ?? CANDIDATE_COLORS[0],
    entries: sources.map((source) => ({ source, color: map.get(source)! })),
  };
}

// Viridis stops: perceptually uniform and readable with every common colour-vision deficiency.
const VIRIDIS = ["#440154", "#414487", "#2A788E", "#22A884", "#7AD151", "#FDE725"];

/** Colour for t in 0..1 on the viridis ramp. */
export function sequentialColor(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  return mix(VIRIDIS[i], VIRIDIS[i + 1], x - i);
}

/** Black or white text, whichever reads on the given background. */
export function textOn(background: string): string {
  const [r, g, b] = rgb(background);
  return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? "#111827" : "#FFFFFF";
}

function mix(a: string, b: string, t: number): string {
  const ca = rgb(a);
  const cb = rgb(b);
  return `#${ca.map((v, i) => Math.round(v + (cb[i] - v) * t).toString(16).padStart(2, "0")).join("")}`;
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
