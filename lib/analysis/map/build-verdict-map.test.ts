import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { buildVerdictMap } from "@/lib/analysis/map/build-verdict-map";
import type { AnalysisResult } from "@/lib/analysis/result-types";
import { familyAnalysis } from "@/test/support/family-corpora";

const dist = (m: ReturnType<typeof buildVerdictMap>, a: string, b: string) => {
  const p = m.points.find((q) => q.label === a)!;
  const q = m.points.find((r) => r.label === b)!;
  return Math.hypot(p.x - q.x, p.y - q.y);
};

describe("buildVerdictMap", () => {
  it("places an attributed candidate nearer its source than the other sources, where the form distance would not", async () => {
    const result = await analyze({ ...familyAnalysis(), params: { bootstrap: 20, seed: 7 } });
    const student = result.candidates.find((c) => c.name === "student")!;
    expect(student.verdict.source).toBe("ornate-plain");
    // The lineage's Cosine Delta (form) puts the student nearest its base family, against the verdict.
    const row = result.lineage.distance[result.lineage.labels.indexOf("student")];
    const byCosine = result.sources.slice().sort((a, b) => row[result.lineage.labels.indexOf(a)] - row[result.lineage.labels.indexOf(b)]);
    expect(byCosine[0]).toBe("casual-bullets");

    const map = buildVerdictMap(result);
    expect(map.points).toHaveLength(result.corpora.length);
    for (const other of result.sources.filter((s) => s !== "ornate-plain")) expect(dist(map, "student", "ornate-plain")).toBeLessThan(dist(map, "student", other));
    expect(map.agreement.find((a) => a.candidate === "student")).toEqual({ candidate: "student", top: "ornate-plain", nearest: "ornate-plain" });
    expect(map.stress).toBeGreaterThanOrEqual(0);
    expect(map.stress).toBeLessThan(0.35);

    // Asked about form instead, the same candidate lands by its base family.
    const kin = buildVerdictMap(result, "kinship");
    expect(kin.agreement.find((a) => a.candidate === "student")!.nearest).toBe("casual-bullets");
  }, 60_000);

  it("keeps exact distances when they fit a plane: stress near 0", () => {
    // Three sources on a unit-ish triangle and a candidate whose scores put it at their centre.
    const side = 1;
    const r = side / Math.sqrt(3);
    const score = 1 - r / 2;
    const result = {
      sources: ["a", "b", "c"],
      candidates: [{ name: "x", ranking: ["a", "b", "c"].map((source) => ({ source, sourceId: source, score, low: score, high: score })) }],
      lineage: {
        labels: ["a", "b", "c", "x"],
        distance: [
          [0, 1, 1, 5],
          [1, 0, 1, 5],
          [1, 1, 0, 5],
          [5, 5, 5, 0],
        ],
      },
    } as unknown as AnalysisResult;
    const map = buildVerdictMap(result);
    expect(map.stress).toBeLessThan(1e-3);
    expect(dist(map, "a", "b")).toBeCloseTo(1, 2);
    expect(dist(map, "x", "a")).toBeCloseTo(r, 2);
  });

  it("handles one source and one candidate", () => {
    const result = {
      sources: ["a"],
      candidates: [{ name: "x", ranking: [{ source: "a", sourceId: "a", score: 0.75, low: 0.7, high: 0.8 }] }],
      lineage: { labels: ["a", "x"], distance: [[0, 0.3], [0.3, 0]] },
    } as unknown as AnalysisResult;
    const map = buildVerdictMap(result);
    expect(dist(map, "a", "x")).toBeCloseTo(0.5, 6);
    expect(map.agreement).toEqual([{ candidate: "x", top: "a", nearest: "a" }]);
  });
});
