import { describe, expect, it } from "vitest";
import { decideVerdict, isSeparable } from "@/lib/analysis/attribution/verdict";
import type { Separability } from "@/lib/analysis/result-types";

const sep = (separable: boolean): Separability => ({ accuracy: 0.9, chance: 0.5, folds: 5, labels: ["a", "b"], confusion: [], separable });
const entry = (source: string, score: number, low: number, high: number) => ({ source, sourceId: source, score, low, high });

describe("isSeparable", () => {
  it("needs accuracy three standard errors above chance", () => {
    // 2 classes, n = 100: se = 0.05 → threshold 0.65
    expect(isSeparable(0.66, 2, 100)).toBe(true);
    expect(isSeparable(0.64, 2, 100)).toBe(false);
    expect(isSeparable(1, 1, 100)).toBe(false);
  });
});

describe("decideVerdict", () => {
  const clear = [entry("a", 0.8, 0.7, 0.9), entry("b", 0.3, 0.2, 0.6)];
  it("names the top source when its confidence reaches the threshold and its interval is clear of the second", () => {
    const v = decideVerdict(clear, 0.97, sep(true), { threshold: 0.9, support: 1, margin: 4 });
    expect(v).toMatchObject({ source: "a", status: "attributed", confidence: 0.97 });
    expect(v.details).toContain("confidence 97% (needs 90%)");
  });
  it("is inconclusive below the threshold: the teacher may not be among the sources", () => {
    const v = decideVerdict(clear, 0.8, sep(true), { threshold: 0.9 });
    expect(v).toMatchObject({ source: null, status: "inconclusive", confidence: 0.8 });
    expect(v.reason).toMatch(/not among the sources/);
  });
  it("names no source without a calibrated confidence, for a candidate too small for the trials, or with too few sources", () => {
    const uncalibrated = decideVerdict(clear, 0.5, sep(true), { threshold: 0.9, limit: { kind: "uncalibrated" } });
    expect(uncalibrated).toMatchObject({ source: null, status: "inconclusive" });
    expect(uncalibrated.reason).toMatch(/Without bootstrap replicates/);
    const small = decideVerdict(clear, 0.5, sep(true), {
      threshold: 0.9,
      limit: { kind: "small-sample", size: { documents: 1, words: 1 }, smallest: { documents: 60, words: 3496 } },
    });
    expect(small.reason).toBe(
      "It has too little text for a calibrated verdict: 1 document and 1 word, where the smallest sample the confidence was calibrated on had 60 documents and 3,496 words. Add more of its outputs.",
    );
    const two = decideVerdict(clear, 0.5, sep(true), { threshold: 0.9, sources: 2, limit: { kind: "few-sources", openSetTrials: 0 } });
    expect(two.reason).toBe(
      "Its distinctive vocabulary is closest to a's, but with 2 sources the calibration cannot test a teacher that is missing, so it cannot be 90% sure the teacher is among them. Add other models as sources (8 or more in all) for a verdict.",
    );
    const three = decideVerdict(clear, 0.8, sep(true), { threshold: 0.9, sources: 3, limit: { kind: "few-sources", openSetTrials: 3 } });
    expect(three).toMatchObject({ source: null, status: "inconclusive", confidence: 0.8 });
    expect(three.reason).toMatch(/with 3 sources the calibration can leave a teacher out only 3 times: too few to be 90% sure/);
  });
  it("is inconclusive when the top two intervals overlap", () => {
    const v = decideVerdict([entry("a", 0.8, 0.55, 0.9), entry("b", 0.5, 0.2, 0.6)], 0.95, sep(true), { threshold: 0.9 });
    expect(v).toMatchObject({ source: null, status: "inconclusive" });
    expect(v.reason).toMatch(/too close to call/);
  });
  it("is inconclusive when the sources are not separable", () => {
    const v = decideVerdict(clear, 1, sep(false));
    expect(v.status).toBe("inconclusive");
    expect(v.reason).toMatch(/too alike to tell apart/);
  });
  it("is inconclusive when the candidate copies several sources' answers word for word", () => {
    const v = decideVerdict(clear, 0.99, sep(true), { threshold: 0.9, copiedFrom: [{ source: "a", documents: 12 }, { source: "b", documents: 4 }] });
    expect(v.status).toBe("inconclusive");
    expect(v.reason).toMatch(/copy several sources word for word \(a: 12, b: 4\)/);
  });
  it("names the answers copied from one source in the reason, attributed or not", () => {
    const copiedFrom = [{ source: "a", documents: 94 }];
    const named = decideVerdict(clear, 0.99, sep(true), { threshold: 0.9, copiedFrom });
    expect(named.status).toBe("attributed");
    expect(named.reason).toMatch(/follows a's more closely.* 94 of its answers are a's, word for word\.$/);
    const unsure = decideVerdict(clear, 0.5, sep(true), { threshold: 0.9, copiedFrom });
    expect(unsure.status).toBe("inconclusive");
    expect(unsure.reason).toMatch(/not clearly enough.* 94 of its answers are a's, word for word\.$/);
    expect(decideVerdict(clear, 0.99, sep(true), { threshold: 0.9 }).reason).not.toMatch(/word for word/);
  });
});
