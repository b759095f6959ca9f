import type { AnalysisResult, EvidenceTerm, PageEvidenceTerm, PageResult } from "@/lib/analysis/result-types";
import { buildMaps, type MapQuestion, type VerdictMap } from "@/lib/analysis/map/build-verdict-map";
import { shownSlopTerms } from "@/lib/analysis/slop/shown-slop-terms";

// What the results page hands its client view, computed once per stored result (not per request): every
// prop is serialised into the page's RSC payload, inlined in the HTML and decoded again for the server
// render, for every request. Under 50 concurrent readers each kilobyte of it cost about 0.15 ms of server CPU
// per page (bench/load-results.ts), so nothing goes there that the page does not show:
// - Evidence snippets: the page reads every use of a term from the concordance API (ResultsAccess), never
//   the few stored snippets; they stay in the stored result, the export and the API.
// - Evidence pairs the page does not show until asked: per candidate, only the terms shared with its verdict
//   source (the evidence panel's first pair) and with its top inheritance source (the kinship panel's shared
//   words) come along; the panel reads any other pair from the evidence API when it is picked (pageEvidence).
// - Slop profiles: only the terms the over-use panel can show. Stage timings: no panel shows them.
// - Fractions to 6 significant digits: the page prints at most 5 (a ratio like 26,142×), and the long ones
//   (0.37905672501613413) were a third of the payload. Exports and the API keep the stored precision.
// - The maps of corpora (MDS fits) are computed here, once, instead of for every request.

export type ResultsPageView = { result: PageResult; maps: Record<MapQuestion, VerdictMap> };

const views = new WeakMap<AnalysisResult, ResultsPageView>();

/** The page's view of a stored result; cached per parsed result (the result cache keeps one per analysis and version). */
export function getResultsPageView(result: AnalysisResult): ResultsPageView {
  const hit = views.get(result);
  if (hit) return hit;
  const view = { result: roundFractions(slimResult(result)), maps: roundFractions(buildMaps(result)) };
  views.set(result, view);
  return view;
}

/** The result without what the page never shows. */
export function slimResult(result: AnalysisResult): PageResult {
  return {
    ...result,
    slopProfiles: result.slopProfiles.map((p) => ({ ...p, terms: shownSlopTerms(p.terms) })),
    timings: {},
    candidates: result.candidates.map((c) => {
      const shown = new Set([c.verdict.source ?? c.ranking[0]?.source ?? result.sources[0], c.inheritance?.ranking[0]?.source]);
      return { ...c, evidence: c.evidence.map((pair) => ({ source: pair.source, terms: shown.has(pair.source) ? withoutSnippets(pair.terms) : null })) };
    }),
  };
}

/** One pair's evidence terms as the page shows them, for the evidence API; null when there is no such pair. */
export function pageEvidence(result: AnalysisResult, candidate: string, source: string): PageEvidenceTerm[] | null {
  const terms = result.candidates.find((c) => c.name === candidate)?.evidence.find((p) => p.source === source)?.terms;
  return terms ? roundFractions(withoutSnippets(terms)) : null;
}

const withoutSnippets = (terms: EvidenceTerm[]): PageEvidenceTerm[] => terms.map(({ snippets: _snippets, ...term }) => term);

export const PAGE_DIGITS = 6;

/** A copy with every non-integer number cut to PAGE_DIGITS significant digits. */
export function roundFractions<T>(value: T): T {
  if (typeof value === "number") return (Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(PAGE_DIGITS))) as T;
  if (Array.isArray(value)) return value.map(roundFractions) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundFractions(v)])) as T;
  return value;
}
