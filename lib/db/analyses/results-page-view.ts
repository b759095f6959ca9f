import type { AnalysisResult } from "@/lib/analysis/result-types";
import { buildMaps, type MapQuestion, type VerdictMap } from "@/lib/analysis/map/build-verdict-map";
import { shownSlopTerms } from "@/lib/analysis/slop/shown-slop-terms";

// What the results page hands its client view, computed once per stored result (not per request): every
// prop is serialised into the page's RSC payload, so nothing goes there that the page does not show.
// - Evidence snippets: the page reads every use of a term from the concordance API (ResultsAccess), never
//   the few stored snippets; they stay in the stored result, the export and the API.
// - Slop profiles: only the terms the over-use panel can show. Stage timings: no panel shows them.
// - The maps of corpora (MDS fits) are computed here, once, instead of for every request.

export type ResultsPageView = { result: AnalysisResult; maps: Record<MapQuestion, VerdictMap> };

const views = new WeakMap<AnalysisResult, ResultsPageView>();

/** The page's view of a stored result; cached per parsed result (the result cache keeps one per analysis and version). */
export function getResultsPageView(result: AnalysisResult): ResultsPageView {
  const hit = views.get(result);
  if (hit) return hit;
  const view = { result: slimResult(result), maps: buildMaps(result) };
  views.set(result, view);
  return view;
}

/** The result without what the page never shows; the same type, so the client view takes it unchanged. */
export function slimResult(result: AnalysisResult): AnalysisResult {
  return {
    ...result,
    slopProfiles: result.slopProfiles.map((p) => ({ ...p, terms: shownSlopTerms(p.terms) })),
    timings: {},
    candidates: result.candidates.map((c) => ({
      ...c,
      evidence: c.evidence.map((pair) => ({ ...pair, terms: pair.terms.map((t) => ({ ...t, snippets: { candidate: [], source: [] } })) })),
    })),
  };
}
