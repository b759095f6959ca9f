import { describe, expect, it } from "vitest";
import { testManifest } from "./test-manifest";
import type { Manifest } from "./read-manifest";
import { summariseTeacherAbsent, teacherAbsentTrials } from "./leave-teacher-out";

const manifest = testManifest([
  { file: "/sets/student-1.json", expected: ["gpt-a", "gpt-b"], why: null },
  { file: "/sets/student-2.json", expected: ["gpt-b", "gpt-a"], why: null },
  { file: "/sets/student-3.json", expected: ["llama"], why: null },
  { file: "/sets/partial.json", expected: ["gpt-b", "qwen"], why: null },
  { file: "/sets/human.json", expected: null, why: null },
]);

describe("teacherAbsentTrials", () => {
  it("takes out each distinct teacher set once, and turns the students left without a right answer into controls", () => {
    const trials = teacherAbsentTrials(manifest);
    expect(trials.map((t) => t.removed)).toEqual([["gpt-a", "gpt-b"], ["llama"], ["gpt-b", "qwen"]]);

    const [withoutGpt, withoutLlama, withoutGptBQwen] = trials;
    expect(withoutGpt.manifest.sources).toEqual(["/sets/llama.jsonl", "/sets/qwen.json"]);
    expect(withoutGpt.manifest.name).toBe("dev without gpt-a, gpt-b");
    expect(withoutGpt.manifest.cases.map((c) => c.expected)).toEqual([null, null, ["llama"], ["qwen"], null]);
    expect(withoutGpt.madeControl).toEqual([true, true, false, false, false]);

    expect(withoutLlama.manifest.sources).toHaveLength(3);
    expect(withoutLlama.madeControl).toEqual([false, false, true, false, false]);

    // a student keeps the right answers that are still there
    expect(withoutGptBQwen.manifest.sources).toEqual(["/sets/gpt-a.json", "/sets/llama.jsonl"]);
    expect(withoutGptBQwen.manifest.cases.map((c) => c.expected)).toEqual([["gpt-a"], ["gpt-a"], ["llama"], null, null]);
    expect(withoutGptBQwen.madeControl).toEqual([false, false, false, true, false]);
    expect(manifest.cases[0].expected).toEqual(["gpt-a", "gpt-b"]); // the manifest itself is left as it was
  });

  it("skips a teacher set that would leave fewer than two sources, or that names no source", () => {
    const small: Manifest = {
      ...manifest,
      sources: ["/sets/gpt-a.json", "/sets/llama.json"],
      cases: [
        { file: "/sets/s.json", expected: ["gpt-a"], why: null },
        { file: "/sets/t.json", expected: ["mistral"], why: null },
      ],
    };
    expect(teacherAbsentTrials(small)).toEqual([]);
  });
});

describe("summariseTeacherAbsent", () => {
  it("counts the students attributed without their teacher as false accusations, apart from the other cases", () => {
    const trials = teacherAbsentTrials(manifest);
    const rows = [
      ["control-attributed", "control-clear", "attributed-wrong", "attributed-right", "control-attributed"],
      ["inconclusive", "attributed-right", "control-clear", "inconclusive", "control-clear"],
      ["attributed-right", "attributed-right", "inconclusive", "control-attributed", "control-clear"],
    ].map((outcomes) => outcomes.map((outcome) => ({ outcome, nearMiss: false })));
    rows[1][2].nearMiss = true; // a student without its teacher, held back by another check
    rows[1][0].nearMiss = true; // not a student made a control by this trial: not counted
    expect(summariseTeacherAbsent(trials, rows)).toEqual({ students: 4, attributed: 2, nearMisses: 1, othersWrong: 1, controlsAttributed: 1 });
  });
});
