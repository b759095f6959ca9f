import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { toyAnalysis } from "@/test/support/toy-corpora";

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
});
