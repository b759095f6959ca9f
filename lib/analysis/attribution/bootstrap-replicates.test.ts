import { describe, expect, it } from "vitest";
import { buildAnalysisSpace } from "@/lib/analysis/attribution/analysis-space";
import { mergeTakenReplicates, resampleMetricTables, takeReplicates } from "@/lib/analysis/attribution/bootstrap-replicates";
import { selectMfw } from "@/lib/analysis/attribution/corpus-metrics";
import { foldedBlockSums, weightedProfile } from "@/lib/analysis/attribution/profiles";
import { familyCorpus } from "@/test/support/family-corpora";

describe("replicates shared out by a counter", () => {
  const corpora = [
    familyCorpus("ornate-plain", { base: "plain", vocabulary: "ornate" }),
    familyCorpus("casual-bullets", { base: "bullets", vocabulary: "casual" }),
    familyCorpus("formal-headed", { base: "headed", vocabulary: "formal" }),
    familyCorpus("ornate-bullets", { base: "bullets", vocabulary: "ornate" }),
  ].map((c) => c.features);
  const space = buildAnalysisSpace(corpora, null);
  const blocks = space.views.map((v) => foldedBlockSums(space, v, null, 1).blocks);
  const mfwCols = selectMfw(blocks.map((b) => weightedProfile(b, new Float64Array(b.length).fill(1))), 100, 0);
  const task = { blocks, mfwCols, candIdx: [3], sourceIdx: [0, 1, 2], replicates: 7, seed: 5, vocabularyWeights: null };
  const shared = (start: number) => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    next[0] = start;
    return next;
  };

  it("are the replicates one task draws, whichever task took each", () => {
    const whole = resampleMetricTables(task);
    // Another task took replicates 0-2 before this one started.
    const next = shared(3);
    const rest = takeReplicates({ ...task, next });
    expect(rest.numbers).toEqual([3, 4, 5, 6]);
    expect(next[0]).toBeGreaterThanOrEqual(7);
    const first = { numbers: [0, 1, 2], tables: resampleMetricTables({ ...task, replicates: 3 }) };
    expect(mergeTakenReplicates([rest, first], 7)).toEqual(whole);
    expect(whole[3]).not.toEqual(whole[4]);
  });

  it("takes none once told to stop, and leaves them to the next task", () => {
    const next = shared(0);
    const stop = new Int32Array(new SharedArrayBuffer(4));
    stop[0] = 1;
    expect(takeReplicates({ ...task, next, stop })).toEqual({ numbers: [], tables: [] });
    expect(next[0]).toBe(0);
    expect(takeReplicates({ ...task, next }).numbers).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
