import { describe, expect, it } from "vitest";
import { analyze, type AnalysisCorpus } from "@/lib/analysis/analyze";
import { offPromptNote } from "@/lib/analysis/off-prompt-note";
import { computeFeatures } from "@/lib/features/compute-features";
import { familyAnalysis, familyCorpus, familyDocuments } from "@/test/support/family-corpora";

const corpusOf = (name: string, documents: { ordinal: number; text: string; prompt?: string }[]): AnalysisCorpus => ({
  id: name,
  name,
  model: name,
  features: computeFeatures(documents),
  documents,
});

describe("offPromptNote (a candidate compared with answers to other prompts)", () => {
  it("warns only for the candidate whose prompts the sources never answered", async () => {
    const { sources, candidates } = familyAnalysis();
    const student = { base: "bullets", vocabulary: "ornate" } as const;
    const elsewhere = corpusOf("student elsewhere", familyDocuments("student elsewhere", student).map((d) => ({ ...d, prompt: `another ${d.prompt}` })));
    const unnamed = corpusOf("student, no prompts", familyDocuments("student, no prompts", student).map(({ ordinal, text }) => ({ ordinal, text })));
    const part = familyCorpus("student on 24 prompts", student, 24);
    const result = await analyze({ sources, candidates: [candidates[0], elsewhere, unnamed, part], params: { bootstrap: 20, seed: 3 } });
    const [whole, off, bare, matched] = result.candidates;
    expect(off.promptCoverage).toEqual({ documents: 60, onSourcePrompts: 0 });
    expect(offPromptNote(off)).toMatch(/^None of its 60 sampled documents answers a prompt the sources answered: .*have the sources answer its prompts\.$/);
    expect(whole.promptCoverage).toEqual({ documents: 60, onSourcePrompts: 60 });
    expect(offPromptNote(whole)).toBeNull();
    expect(bare.promptCoverage).toBeNull(); // nothing to tell
    expect(offPromptNote(bare)).toBeNull();
    expect(matched.calibration?.promptMatched).toBeDefined(); // compared on the shared prompts: no topic mixed in
    expect(offPromptNote(matched)).toBeNull();
  });

  it("says how many documents were shared when it was compared on all of them", () => {
    const note = offPromptNote({ promptCoverage: { documents: 400, onSourcePrompts: 30 } });
    expect(note).toMatch(/^Only 30 of its 400 sampled documents answer prompts the sources answered, and it was compared on all of them:/);
    expect(offPromptNote({ promptCoverage: { documents: 400, onSourcePrompts: 360 } })).toBeNull();
  });
});
