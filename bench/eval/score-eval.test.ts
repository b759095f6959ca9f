import { describe, expect, it } from "vitest";
import type { CandidateResult } from "@/lib/analysis/result-types";
import { scoreCase, summarise } from "./score-eval";

const candidate = (name: string, top: string, attributed: boolean, confidence = attributed ? 0.95 : 0.4): CandidateResult => ({
  name,
  corpusId: name,
  documents: 10,
  ranking: [
    { source: top, sourceId: top, score: 0.8, low: 0.7, high: 0.9 },
    { source: "other", sourceId: "other", score: 0.4, low: 0.3, high: 0.5 },
  ],
  verdict: { source: attributed ? top : null, confidence, status: attributed ? "attributed" : "inconclusive", reason: "" },
  metrics: { "slop-jaccard": [{ source: top, raw: 1, similarity: 0.9, low: 0.8, high: 1 }, { source: "other", raw: 0, similarity: 0.1, low: 0, high: 0.2 }] },
  documentShares: [],
  promptAligned: null,
  evidence: [],
});

describe("scoreCase and summarise", () => {
  it("counts a wrong attribution and an attributed control as false accusations, apart from inconclusive", () => {
    const rows = [
      scoreCase(candidate("right", "gpt-a", true), { file: "right.json", expected: ["gpt-a", "gpt-b"], why: null }),
      scoreCase(candidate("wrong", "llama", true), { file: "wrong.json", expected: ["gpt-a"], why: null }),
      scoreCase(candidate("unsure", "gpt-b", false), { file: "unsure.json", expected: ["gpt-a", "gpt-b"], why: null }),
      scoreCase(candidate("control", "llama", true), { file: "control.json", expected: null, why: null }),
    ];
    expect(rows.map((r) => r.outcome)).toEqual(["attributed-right", "attributed-wrong", "inconclusive", "control-attributed"]);
    const s = summarise(rows);
    expect(s).toMatchObject({ candidates: 3, controls: 1, top1Right: 2, attributedRight: 1, attributedWrong: 1, inconclusive: 1, controlsAttributed: 1, falseAttributions: 2 });
    // c@1 = (1 + 1 · 1/3) / 3
    expect(s.cAt1).toBeCloseTo(4 / 9);
    expect(s.viewTop1["slop-jaccard"]).toBe(2);
  });

  it("counts a near miss: not attributed, past the threshold, and the top source not a right answer", () => {
    const heldBack = (top: string, expected: string[] | null, confidence: number) =>
      scoreCase(candidate(top, top, false, confidence), { file: "x.json", expected, why: null }, 0.9).nearMiss;
    expect(heldBack("llama", null, 0.93)).toBe(true); // a control
    expect(heldBack("llama", ["gpt-a"], 0.9)).toBe(true); // a wrong top source
    expect(heldBack("gpt-a", ["gpt-a"], 0.95)).toBe(false); // a right one held back is no accusation
    expect(heldBack("llama", null, 0.89)).toBe(false);
    expect(scoreCase(candidate("c", "llama", false, 0.99), { file: "c.json", expected: null, why: null }).nearMiss).toBe(false); // no threshold given
    expect(summarise([scoreCase(candidate("c", "llama", false, 0.95), { file: "c.json", expected: null, why: null }, 0.9)]).nearMisses).toBe(1);
  });
});
