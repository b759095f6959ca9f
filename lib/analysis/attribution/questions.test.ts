import { describe, expect, it } from "vitest";
import { questionWeights, readQuestions } from "@/lib/analysis/attribution/questions";

const rank = (...entries: [string, number, number][]) => entries.map(([source, low, high]) => ({ source, sourceId: source, score: (low + high) / 2, low, high }));

describe("readQuestions", () => {
  const clearA = rank(["A", 0.7, 0.9], ["B", 0.3, 0.5]);
  const clearB = rank(["B", 0.7, 0.9], ["A", 0.3, 0.5]);
  const unclear = rank(["A", 0.45, 0.6], ["B", 0.4, 0.55]);
  it("says when form and vocabulary name different sources", () => {
    expect(readQuestions(clearB, clearA)).toEqual({
      agree: false,
      text: "Its form is closest to B (a shared base model, likely); its distinctive vocabulary matches A (what it learnt from, likely).",
    });
    expect(readQuestions(clearA, clearA)).toEqual({ agree: true, text: "Its form and its distinctive vocabulary both point to A." });
  });
  it("names no source for a question whose top interval overlaps the second's", () => {
    expect(readQuestions(clearB, unclear).text).toBe("Its form is closest to B (a shared base model, likely); its distinctive vocabulary does not single out any source.");
    expect(readQuestions(unclear, clearA).text).toBe("Its distinctive vocabulary matches A; its form does not single out any source.");
    expect(readQuestions(unclear, unclear).text).toBe("Neither its form nor its distinctive vocabulary singles out any source.");
  });
});

describe("questionWeights", () => {
  it("weighs each question's own metrics only", () => {
    const w = questionWeights("inheritance");
    expect(w["log-odds-correlation"]).toBe(1);
    expect(w["slop-jaccard"]).toBe(1);
    expect(w["cosine-delta"]).toBe(0);
    expect(w.classifier).toBe(0);
  });
});
