import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { computeFeatures } from "@/lib/features/compute-features";
import { familyAnalysis, familyCorpus } from "@/test/support/family-corpora";

const params = { bootstrap: 30, seed: 7 };

describe("analyze", () => {
  const run = () => analyze({ ...familyAnalysis(), params });

  it("names the teacher by inherited vocabulary while the form points to the base family, and says so", async () => {
    const r = await run();
    const student = r.candidates.find((c) => c.name === "student")!;
    expect(student.kinship!.ranking[0].source).toBe("casual-bullets");
    expect(student.inheritance!.ranking[0].source).toBe("ornate-plain");
    expect(student.ranking[0].source).toBe("ornate-plain");
    expect(student.verdict).toMatchObject({ status: "attributed", source: "ornate-plain" });
    expect(student.verdict.confidence).toBeGreaterThanOrEqual(r.calibration!.threshold!);
    expect(student.reading).toEqual({
      agree: false,
      text: "Its form is closest to casual-bullets (a shared base model, likely); its distinctive vocabulary matches ornate-plain (what it learnt from, likely).",
    });
    expect(student.ranking[0].low).toBeLessThanOrEqual(student.ranking[0].score);
    expect(student.ranking[0].high).toBeGreaterThanOrEqual(student.ranking[0].score);
  });

  it("does not attribute a control whose vocabulary is its own, and calibrates on trials without the true source", async () => {
    const r = await run();
    const control = r.candidates.find((c) => c.name === "control")!;
    expect(control.verdict.status).toBe("inconclusive");
    expect(control.verdict.confidence).toBeLessThan(r.calibration!.threshold!);
    expect(r.calibration!.openSetTrials).toBe(r.sources.length);
    expect(r.calibration!.trials).toBeGreaterThan(r.calibration!.openSetTrials!);
  });

  it("shows the inherited words as evidence, with snippets from both sides", async () => {
    const r = await run();
    const student = r.candidates.find((c) => c.name === "student")!;
    const pair = student.evidence.find((e) => e.source === "ornate-plain")!;
    const term = pair.terms.find((t) => ["delve", "tapestry", "intricate", "nuanced", "realm"].includes(t.term));
    expect(term).toBeDefined();
    expect(term!.snippets.candidate[0].match.toLowerCase()).toBe(term!.term);
    expect(term!.snippets.source.length).toBeGreaterThan(0);
    expect(r.lineage.labels).toEqual([...r.sources, "student", "control"]);
    expect(r.separability.foldsBy).toBe("prompt");
  });

  it("is deterministic for a seed", async () => {
    const a = await run();
    const b = await run();
    expect(a.candidates.map((c) => [c.ranking, c.verdict])).toEqual(b.candidates.map((c) => [c.ranking, c.verdict]));
  });

  it("keeps the size of the gap with two sources: the student leads clearly, the control stays near 0.5", async () => {
    const r = await analyze({
      sources: [familyCorpus("ornate-plain", { base: "plain", vocabulary: "ornate" }), familyCorpus("formal-headed", { base: "headed", vocabulary: "formal" })],
      candidates: [familyCorpus("student", { base: "bullets", vocabulary: "ornate" }), familyCorpus("control", { base: "bullets", vocabulary: "homely" })],
      params,
    });
    const [student, control] = r.candidates;
    expect(student.ranking[0].source).toBe("ornate-plain");
    // Each metric a ±0.71 vote (a row's own sd) would give the same bootstrap value every time: low = high.
    expect(student.ranking[0].high).toBeGreaterThan(student.ranking[0].low);
    expect(Math.abs(student.ranking[0].score - 0.5)).toBeGreaterThan(Math.abs(control.ranking[0].score - 0.5) + 0.05);
  });

  it("names no teacher from two sources, however clear the lead: the calibration cannot leave one out", async () => {
    const r = await analyze({
      sources: [familyCorpus("ornate-plain", { base: "plain", vocabulary: "ornate" }), familyCorpus("formal-headed", { base: "headed", vocabulary: "formal" })],
      candidates: [familyCorpus("student", { base: "bullets", vocabulary: "ornate" })],
      params,
    });
    const [student] = r.candidates;
    expect(student.ranking[0].source).toBe("ornate-plain");
    expect(r.calibration).toMatchObject({ openSetTrials: 0, ceiling: 0.5 });
    expect(student.verdict).toMatchObject({ status: "inconclusive", source: null, confidence: 0.5 });
    expect(student.verdict.reason).toMatch(/with 2 sources the calibration cannot test a teacher that is missing/);
  });

  it("refuses a corpus without words, naming it", async () => {
    const blank = { ...familyCorpus("blank", { base: "plain", vocabulary: "ornate" }), features: computeFeatures([{ ordinal: 0, text: "  " }, { ordinal: 1, text: "…" }]) };
    await expect(analyze({ ...familyAnalysis(), candidates: [blank], params })).rejects.toThrow(
      "blank has no words to compare: its 2 documents are blank or punctuation only. Leave it out of the analysis.",
    );
  });

  it("names no teacher for a candidate smaller than every calibration trial, or without a bootstrap", async () => {
    const student = familyCorpus("student", { base: "bullets", vocabulary: "ornate" }, 3);
    const r = await analyze({ ...familyAnalysis(), candidates: [student], params });
    expect(r.calibration!.smallestTrial!.documents).toBeGreaterThan(3);
    expect(r.candidates[0].verdict).toMatchObject({ status: "inconclusive", source: null });
    expect(r.candidates[0].verdict.confidence).toBeLessThanOrEqual(0.5);
    expect(r.candidates[0].verdict.reason).toMatch(/^It has too little text for a calibrated verdict: 3 documents and [\d,]+ words/);

    const unbooted = await analyze({ ...familyAnalysis(), params: { ...params, bootstrap: 0 } });
    const unbootedStudent = unbooted.candidates.find((c) => c.name === "student")!;
    expect(unbootedStudent.ranking[0].source).toBe("ornate-plain");
    expect(unbootedStudent.verdict).toMatchObject({ status: "inconclusive", source: null, confidence: 0.5 });
    expect(unbootedStudent.verdict.reason).toMatch(/^Without bootstrap replicates/);
  });

  it("compares a candidate with the sources on the prompts they share, when either answered more, and calibrates it so", async () => {
    const { sources, candidates } = familyAnalysis();
    const part = familyCorpus("student on 24 prompts", { base: "bullets", vocabulary: "ornate" }, 24);
    const more = familyCorpus("student on 120 prompts", { base: "bullets", vocabulary: "ornate" }, 120);
    const r = await analyze({ sources, candidates: [...candidates, part, more], params });
    const [student, control, partial, larger] = r.candidates;
    expect(larger.calibration!.promptMatched).toEqual({ documents: 60, candidateDocuments: 60 });
    expect(larger.ranking[0].source).toBe("ornate-plain");
    expect(student.calibration).toBeUndefined();
    expect(control.calibration).toBeUndefined();
    expect(partial.calibration).toMatchObject({ promptMatched: { documents: 24, candidateDocuments: 24 }, openSetTrials: r.sources.length, trials: r.calibration!.trials });
    expect(partial.calibration!.smallestTrial).toEqual(r.calibration!.smallestTrial);
    expect(partial.verdict.confidence).toBeLessThanOrEqual(partial.calibration!.ceiling!);
    expect(partial.ranking[0].source).toBe("ornate-plain");
  });

  it("falls back to document-level folds when every record answers the same prompt, and says so", async () => {
    const onePrompt = (name: string, model: Parameters<typeof familyCorpus>[1]) => {
      const c = familyCorpus(name, model);
      return { ...c, features: { ...c.features, docs: { ...c.features.docs, promptHashes: c.features.docs.promptHashes.map(() => "same-prompt"), promptIds: c.features.docs.promptIds.map(() => null) } } };
    };
    const r = await analyze({
      sources: [
        onePrompt("ornate-plain", { base: "plain", vocabulary: "ornate" }),
        onePrompt("casual-bullets", { base: "bullets", vocabulary: "casual" }),
        onePrompt("formal-headed", { base: "headed", vocabulary: "formal" }),
      ],
      candidates: [onePrompt("student", { base: "bullets", vocabulary: "ornate" })],
      params,
    });
    expect(r.separability.foldsBy).toBe("document");
    expect(r.separability.separable).toBe(true);
    expect(r.calibration!.trials).toBeGreaterThan(3);
    expect(r.candidates[0].promptAligned).toBeNull();
    expect(r.candidates[0].verdict.reason).not.toMatch(/too alike/);
  });
});
