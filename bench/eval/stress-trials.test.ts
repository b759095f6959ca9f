import { describe, expect, it } from "vitest";
import { testManifest } from "./test-manifest";
import { stressTrials, summariseStress } from "./stress-trials";

const manifest = testManifest([
  { file: "/sets/student.json", expected: ["gpt-a", "gpt-b"], why: null },
  { file: "/sets/human.json", expected: null, why: null },
]);
// each case's ranking in the full run, closest first
const rankings = [
  ["gpt-b", "qwen", "gpt-a", "llama"],
  ["llama", "gpt-a", "qwen", "gpt-b"],
];
const options = { impostorCounts: [2, 3], teacherSetSizes: [3], documentCounts: [1, 10], sourceDocumentCounts: [200], disjointSplits: [] };

describe("stressTrials", () => {
  it("puts each case against only its nearest sources that are not a right answer, as a control", () => {
    const impostors = stressTrials(manifest, rankings, options).filter((t) => t.kind === "nearest-impostors");
    expect(impostors.map((t) => [t.setting, t.manifest.sources])).toEqual([
      ["2 sources", ["/sets/qwen.json", "/sets/llama.jsonl"]], // the student has only two others: no 3-source trial
      ["2 sources", ["/sets/llama.jsonl", "/sets/gpt-a.json"]],
      ["3 sources", ["/sets/llama.jsonl", "/sets/gpt-a.json", "/sets/qwen.json"]],
    ]);
    expect(impostors.every((t) => t.manifest.cases.length === 1 && t.manifest.cases[0].expected === null)).toBe(true);
    expect(impostors[0].manifest.cases[0].file).toBe("/sets/student.json");
  });

  it("puts a student against its best-ranked right answer and its nearest others, keeping that answer", () => {
    const [trial, ...rest] = stressTrials(manifest, rankings, options).filter((t) => t.kind === "teacher-and-impostors");
    expect(rest).toEqual([]); // the control has no teacher
    expect(trial.manifest.sources).toEqual(["/sets/gpt-b.json", "/sets/qwen.json", "/sets/llama.jsonl"]);
    expect(trial.manifest.cases).toEqual([{ file: "/sets/student.json", expected: ["gpt-b"], why: null }]);
  });

  it("cuts every case, then every source, to its first documents, and turns the bootstrap off, over the whole set", () => {
    const whole = stressTrials(manifest, rankings, options).filter((t) => ["small-candidate", "small-sources", "no-bootstrap"].includes(t.kind));
    expect(whole.map((t) => [t.setting, t.documents, t.sourceDocuments, t.bootstrap])).toEqual([
      ["first 1 document", 1, undefined, undefined],
      ["first 10 documents", 10, undefined, undefined],
      ["sources' first 200", undefined, 200, undefined],
      ["bootstrap 0", undefined, undefined, 0],
    ]);
    expect(whole.every((t) => t.manifest.sources === manifest.sources && t.manifest.cases === manifest.cases)).toBe(true);
  });

  it("splits the prompts between the sources and the cases, each way round, so they share none", () => {
    const split = stressTrials(manifest, rankings, { ...options, disjointSplits: [400] }).filter((t) => t.kind === "disjoint-prompts");
    expect(split.map((t) => [t.setting, t.sourceDocuments, t.candidatesSkip, t.documents, t.sourcesSkip])).toEqual([
      ["sources on 1–400", 400, 400, undefined, undefined],
      ["cases on 1–400", undefined, undefined, 400, 400],
    ]);
    expect(split.every((t) => t.manifest.sources === manifest.sources && t.manifest.cases === manifest.cases)).toBe(true);
  });

  it("counts every attribution of a control and every wrong one as a false accusation, near misses and top-1, per setting", () => {
    const trials = stressTrials(manifest, rankings, { impostorCounts: [2], teacherSetSizes: [], documentCounts: [], sourceDocumentCounts: [], disjointSplits: [] });
    const row = (outcome: string, nearMiss = false, top1Right: boolean | null = null) => ({ outcome, nearMiss, top1Right });
    const impostorRows = [[row("control-attributed")], [row("control-clear", true)]];
    const bootstrapRows = [[row("attributed-right", false, true), row("inconclusive", false, false), row("control-clear")]];
    expect(summariseStress(trials, [...impostorRows, ...bootstrapRows])).toEqual([
      { kind: "nearest-impostors", setting: "2 sources", cases: 2, right: 0, falseAccusations: 1, nearMisses: 1, notAttributed: 1, students: 0, top1Right: 0 },
      { kind: "no-bootstrap", setting: "bootstrap 0", cases: 3, right: 1, falseAccusations: 0, nearMisses: 0, notAttributed: 2, students: 2, top1Right: 1 },
    ]);
    expect(summariseStress(trials, [[row("attributed-wrong")], [], []])[0].falseAccusations).toBe(1);
  });
});
