import { describe, expect, it } from "vitest";
import { buildAnalysisSpace } from "@/lib/analysis/attribution/analysis-space";
import { runCalibrationTrials } from "@/lib/analysis/attribution/calibration-trials";
import { foldedBlockSums, weightedProfile } from "@/lib/analysis/attribution/profiles";
import { promptFolds } from "@/lib/analysis/attribution/prompt-folds";
import { questionWeights } from "@/lib/analysis/attribution/questions";
import { selectMfw } from "@/lib/analysis/attribution/corpus-metrics";
import { familyCorpus } from "@/test/support/family-corpora";

describe("runCalibrationTrials", () => {
  const sources = [
    familyCorpus("ornate-plain", { base: "plain", vocabulary: "ornate" }),
    familyCorpus("casual-bullets", { base: "bullets", vocabulary: "casual" }),
    familyCorpus("formal-headed", { base: "headed", vocabulary: "formal" }),
  ].map((c) => c.features);
  const space = buildAnalysisSpace(sources, null);
  const folded = space.views.map((v, i) => foldedBlockSums(space, v, promptFolds(sources[i], 3), 3));
  const blocks = folded.map((f) => f.blocks);
  const mfwCols = selectMfw(blocks.map((b) => weightedProfile(b, new Float64Array(b.length).fill(1))), 100, 0);
  const input = { blocks, folded, S: 3, K: 3, mfwCols, replicates: 5, seed: 1, maxTrials: 24, weights: questionWeights("inheritance") };
  const trials = runCalibrationTrials(input);

  it("leaves each source out once and counts any attribution of its documents as wrong", () => {
    const absent = trials.filter((t) => t.kind === "absent");
    expect(absent.map((t) => t.source)).toEqual([0, 1, 2]);
    for (const t of absent) {
      expect(t.correct).toBe(false);
      expect(t.top).not.toBe(t.source);
    }
  });

  it("plays each source's held-out prompts against the sources, and finds it there", () => {
    const present = trials.filter((t) => t.kind === "present");
    expect(present.length).toBeGreaterThanOrEqual(9);
    expect(present.every((t) => t.correct === (t.top === t.source))).toBe(true);
    expect(present.filter((t) => t.correct).length).toBeGreaterThan(present.length / 2);
  });

  it("leaves each source out again with every source on a prompt-matched group's prompts, the other trials as they were", () => {
    const firstTwenty = Uint32Array.from({ length: 20 }, (_, d) => d);
    const matched = [space.views.map((v) => foldedBlockSums(space, { ...v, sample: firstTwenty }, null, 1).blocks)];
    const withGroup = runCalibrationTrials({ ...input, matched });
    const grouped = withGroup.filter((t) => t.group === 0);
    expect(grouped.map((t) => [t.kind, t.source, t.correct, t.size.documents])).toEqual([0, 1, 2].map((s) => ["absent", s, false, 20]));
    expect(grouped.every((t) => t.top !== t.source && Number.isFinite(t.margin))).toBe(true);
    expect(withGroup.filter((t) => t.group === undefined)).toEqual(trials);
  });
});
