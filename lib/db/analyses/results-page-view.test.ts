import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { buildMaps } from "@/lib/analysis/map/build-verdict-map";
import type { AnalysisResult, PageResult } from "@/lib/analysis/result-types";
import { toyAnalysis } from "@/test/support/toy-corpora";
import { SLOP_TERMS_MORE } from "@/lib/analysis/slop/shown-slop-terms";
import { getResultsPageView, PAGE_DIGITS, pageEvidence, roundFractions } from "./results-page-view";

const snippetCount = (r: PageResult) => r.candidates.flatMap((c) => c.evidence.flatMap((p) => (p.terms ?? []).map((t) => (t.snippets?.candidate.length ?? 0) + (t.snippets?.source.length ?? 0)))).reduce((a, b) => a + b, 0);

describe("the results page's view of a stored result", () => {
  it("drops only what the page never shows, rounds fractions, computes the maps once, and leaves the stored result alone", async () => {
    const result = await analyze(toyAnalysis());
    // The toy run reads no documents: a stored result has evidence terms with snippets like this one.
    const snippet = { corpus: result.candidates[0].name, documentOrdinal: 3, left: "it is ", match: "plain", right: " here" };
    result.candidates[0].evidence = [
      {
        source: result.sources[0],
        terms: [{ term: "plain", kind: "word", candidateCount: 3, sourceCount: 2, candidatePerMillion: 30, sourcePerMillion: 20, otherSourcesPerMillion: 1, humanPerMillion: null, score: 2, snippets: { candidate: [snippet], source: [snippet] } }],
      },
    ];
    const entry = (term: string) => ({ term, kind: "word" as const, ratio: 9, perMillion: 90, prompts: 4 });
    const terms = [entry("1"), entry("delve"), ...Array.from({ length: 30 }, (_, i) => entry(`term${i}`))];
    result.slopProfiles = [{ corpus: result.sources[0], terms }];
    const before = JSON.stringify(result);
    expect(snippetCount(result)).toBeGreaterThan(0);
    const view = getResultsPageView(result);
    expect(getResultsPageView(result)).toBe(view); // once per parsed result
    expect(JSON.stringify(result)).toBe(before);
    expect(snippetCount(view.result)).toBe(0);
    // Slop profiles keep the terms the over-use panel can show: with a letter, at most SLOP_TERMS_MORE.
    expect(view.result.slopProfiles[0].terms.map((t) => t.term)).toEqual(["delve", ...Array.from({ length: SLOP_TERMS_MORE - 1 }, (_, i) => `term${i}`)]);
    expect(view.maps).toEqual(roundFractions(buildMaps(result)));
    // Everything else the panels read is the stored result's.
    const strip = (r: AnalysisResult) => ({
      ...r,
      slopProfiles: view.result.slopProfiles,
      timings: {},
      candidates: r.candidates.map((c) => ({ ...c, evidence: c.evidence.map((p) => ({ ...p, terms: carried(c).has(p.source) ? p.terms.map(({ snippets: _s, ...t }) => t) : null })) })),
    });
    // Evidence pairs: only the verdict source's (the evidence panel's first) and the top inheritance source's (kinship's shared words).
    const carried = (c: AnalysisResult["candidates"][number]) => new Set([c.verdict.source ?? c.ranking[0]?.source, c.inheritance?.ranking[0]?.source]);
    expect(view.result).toEqual(roundFractions(strip(result)));
    const deferred = result.candidates.flatMap((c) => c.evidence.filter((p) => !carried(c).has(p.source)).map((p) => ({ c, p })));
    expect(deferred.length).toBeGreaterThan(0);
    for (const { c, p } of deferred) expect(pageEvidence(result, c.name, p.source)).toEqual(roundFractions(p.terms.map(({ snippets: _s, ...t }) => t)));
    expect(pageEvidence(result, "nobody", result.sources[0])).toBeNull();
    expect(JSON.stringify(view.result).length).toBeLessThan(before.length);
  });

  it("keeps integers and cuts fractions to PAGE_DIGITS significant digits, nothing the page prints changes", () => {
    const rounded = roundFractions({ n: 805, ratio: 26141.9991974799, p: 0.37905672501613413, tiny: 1.0860916709641035e-7, nan: Number.NaN, list: [1, 2.5, -0.028785609737087027], s: "0.123456789" });
    expect(rounded).toEqual({ n: 805, ratio: 26142, p: 0.379057, tiny: 1.08609e-7, nan: Number.NaN, list: [1, 2.5, -0.0287856], s: "0.123456789" });
    for (const x of [0.9325842696629213, 3.4672950125530253, 235.22140791543097, 0.17929289700154702]) {
      expect(Math.abs(roundFractions(x) - x) / x).toBeLessThan(10 ** -(PAGE_DIGITS - 1));
      expect(roundFractions(x).toFixed(3)).toBe(x.toFixed(3));
    }
  });
});
