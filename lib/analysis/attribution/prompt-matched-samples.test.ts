import { describe, expect, it } from "vitest";
import { promptMatchedSamples } from "@/lib/analysis/attribution/prompt-matched-samples";
import { computeFeatures } from "@/lib/features/compute-features";
import { familyDocuments } from "@/test/support/family-corpora";

const answers = (name: string, prompts: number[]) =>
  computeFeatures(familyDocuments(name, { base: "plain", vocabulary: "ornate" }, 60).filter((d) => prompts.includes(d.ordinal)));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const everyDocument = (n: number) => Uint32Array.from(range(0, n));

describe("promptMatchedSamples", () => {
  const sources = [answers("a", range(0, 60)), answers("b", range(0, 60)), answers("c", range(0, 60))];
  const run = (candidates: number[][]) => {
    const features = [...sources, ...candidates.map((p, i) => answers(`cand${i}`, p))];
    const samples = features.map((f) => everyDocument(f.documents));
    return promptMatchedSamples(features, samples, [0, 1, 2], candidates.map((_, i) => 3 + i));
  };

  it("keeps both sides whole for a candidate on (almost) all the sources' prompts", () => {
    const m = run([range(0, 60), range(0, 56)]);
    expect(m.groupOf).toEqual(Int32Array.from([-1, -1]));
    expect(m.candidateSamples).toEqual([null, null]);
    expect(m.coverage).toEqual([
      { documents: 60, onSourcePrompts: 60 },
      { documents: 56, onSourcePrompts: 56 },
    ]);
  });

  it("picks each source's documents on a candidate's prompts, one group for candidates on the same prompts", () => {
    const m = run([range(0, 20), range(0, 20), range(30, 45)]);
    expect(Array.from(m.groupOf)).toEqual([0, 0, 1]);
    expect(m.groups[0].candidates).toEqual([0, 1]);
    expect(m.groups[0].samples.map((s) => Array.from(s))).toEqual([range(0, 20), range(0, 20), range(0, 20)]);
    expect(Array.from(m.groups[1].samples[2])).toEqual(range(30, 45));
    expect(m.candidateSamples).toEqual([null, null, null]); // the candidates answered nothing else
  });

  it("compares a candidate on only the prompts it shares with the sources when it answered many more", () => {
    const features = [answers("a", range(0, 30)), answers("b", range(0, 30)), answers("c", range(0, 30)), answers("cand", range(0, 60))];
    const m = promptMatchedSamples(features, features.map((f) => everyDocument(f.documents)), [0, 1, 2], [3]);
    expect(Array.from(m.groupOf)).toEqual([0]);
    expect(m.groups[0].samples.map((s) => s.length)).toEqual([30, 30, 30]);
    expect(Array.from(m.candidateSamples[0]!)).toEqual(range(0, 30));
  });

  it("keeps the groups with the most candidates, and compares the others' candidates whole", () => {
    const sets = [range(0, 10), range(10, 20), range(20, 30), range(30, 40), range(40, 50), range(50, 60)];
    const m = run([sets[0], sets[1], sets[1], sets[2], sets[3], sets[4], sets[4], sets[5]]);
    // six prompt sets, four kept: the two with two candidates, then the first two with one
    expect(m.groups.map((g) => g.candidates)).toEqual([[0], [1, 2], [3], [5, 6]]);
    expect(Array.from(m.groupOf)).toEqual([0, 1, 1, 2, -1, 3, 3, -1]);
    expect(m.groups[1].samples[0].length).toBe(10);
  });

  it("keeps everything whole when too few of a candidate's documents answer the sources' prompts", () => {
    const features = [answers("a", range(0, 10)), answers("b", range(0, 10)), answers("c", range(0, 10)), answers("cand", range(0, 60))];
    const m = promptMatchedSamples(features, features.map((f) => everyDocument(f.documents)), [0, 1, 2], [3]);
    expect(m.groupOf).toEqual(Int32Array.from([-1]));
  });

  it("keeps sources whole for a candidate whose prompts the sources did not answer", () => {
    const features = [...sources, computeFeatures(familyDocuments("x", { base: "plain", vocabulary: "casual" }, 20).map((d) => ({ ...d, prompt: `another ${d.prompt}` })))];
    const m = promptMatchedSamples(features, features.map((f) => everyDocument(f.documents)), [0, 1, 2], [3]);
    expect(m.groupOf).toEqual(Int32Array.from([-1]));
    expect(m.coverage).toEqual([{ documents: 20, onSourcePrompts: 0 }]);
  });

  it("counts no coverage when the candidate's documents name no prompts", () => {
    const bare = computeFeatures(familyDocuments("x", { base: "plain", vocabulary: "casual" }, 20).map(({ ordinal, text }) => ({ ordinal, text })));
    const features = [...sources, bare];
    const m = promptMatchedSamples(features, features.map((f) => everyDocument(f.documents)), [0, 1, 2], [3]);
    expect(m.coverage).toEqual([null]);
  });

  it("matches only the candidate that answered more when two share the same prompts with the sources", () => {
    // the first candidate is whole (it answered only the shared prompts, all of them); the second answered more
    const features = [answers("a", range(0, 30)), answers("b", range(0, 30)), answers("c", range(0, 30)), answers("x", range(0, 30)), answers("y", range(0, 60))];
    const m = promptMatchedSamples(features, features.map((f) => everyDocument(f.documents)), [0, 1, 2], [3, 4]);
    expect(Array.from(m.groupOf)).toEqual([-1, 0]);
    expect(m.groups.map((g) => g.candidates)).toEqual([[1]]);
    expect(m.candidateSamples[0]).toBeNull();
    expect(Array.from(m.candidateSamples[1]!)).toEqual(range(0, 30));
  });
});
