import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { toyAnalysis, toyCorpus, toyHuman } from "@/test/support/toy-corpora";

describe("analyze", () => {
  const run = () => analyze(toyAnalysis());

  it("ranks the source that shares the candidate's habits first, with evidence and snippets", async () => {
    const r = await run();
    const x = r.candidates[0];
    expect(x.ranking[0].source).toBe("A");
    expect(x.ranking[0].low).toBeLessThanOrEqual(x.ranking[0].score);
    expect(x.ranking[0].high).toBeGreaterThanOrEqual(x.ranking[0].score);
    expect(x.documentShares.find((s) => s.source === "A")!.share).toBeGreaterThan(0.5);
    expect(x.promptAligned?.sharedPrompts).toBe(40);
    const evidence = x.evidence.find((e) => e.source === "A")!;
    const delve = evidence.terms.find((t) => t.term === "delve");
    expect(delve?.candidateCount).toBe(40);
    expect(delve?.snippets.candidate[0].match.toLowerCase()).toBe("delve");
    expect(r.lineage.labels).toEqual(["A", "B", "C", "X"]);
    expect(r.lineage.upgma.newick.endsWith(";")).toBe(true);
    expect(r.separability.accuracy).toBeGreaterThan(0.9);
  });

  it("is deterministic for a seed", async () => {
    const a = await run();
    const b = await run();
    expect(a.candidates[0].ranking).toEqual(b.candidates[0].ranking);
    expect(a.candidates[0].verdict).toEqual(b.candidates[0].verdict);
  });

  it("keeps the size of the gap with two sources: a close candidate gets a clear verdict, an unlike one stays near 0.5", async () => {
    const r = await analyze({
      sources: [toyCorpus("A"), toyCorpus("B")],
      candidates: [toyCorpus("X"), toyCorpus("C")],
      params: { bootstrap: 20, seed: 7 },
      human: toyHuman,
    });
    const [x, c] = r.candidates;
    expect(x.ranking[0].source).toBe("A");
    expect(x.verdict.source).toBe("A");
    expect(x.verdict.confidence).toBeGreaterThan(0.5);
    // Each metric a ±0.71 vote (a row's own sd) would give the same bootstrap value every time: low = high.
    expect(x.ranking[0].high).toBeGreaterThan(x.ranking[0].low);
    expect(Math.abs(x.ranking[0].score - 0.5) - Math.abs(c.ranking[0].score - 0.5)).toBeGreaterThan(0.05);
  });
});
