import { describe, expect, it } from "vitest";
import { analyze, type AnalysisCorpus } from "@/lib/analysis/analyze";
import { computeFeatures } from "@/lib/features/compute-features";
import { humanReferenceFromCounts } from "@/lib/analysis/human-reference";

// Three synthetic "models" answering the same 40 prompts, each with its own habits; the candidate shares A's.
const habits: Record<string, (i: number) => string> = {
  A: (i) => `Certainly! Let us delve into topic ${i}. It is a rich tapestry — truly. I hope this helps!`,
  B: (i) => `Sure. Topic ${i} is simple: here are the facts; nothing more to say.`,
  C: (i) => `## Topic ${i}\n\n- point one\n- point two\n\nIn summary, topic ${i} has two points.`,
  X: (i) => `Certainly! We delve into topic ${i}, a tapestry of ideas — really. I hope this helps!`,
};
const corpus = (name: string): AnalysisCorpus => {
  const docs = Array.from({ length: 40 }, (_, i) => ({ ordinal: i, text: habits[name](i) + (i % 3 ? " ok" : ""), prompt: `prompt ${i}` }));
  return { id: name, name, model: name, features: computeFeatures(docs), documents: docs };
};

describe("analyze", () => {
  const human = humanReferenceFromCounts("toy", [{ word: "the", count: 100 }]);
  const run = () =>
    analyze({ sources: [corpus("A"), corpus("B"), corpus("C")], candidates: [corpus("X")], params: { bootstrap: 20, seed: 7 }, human });

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
