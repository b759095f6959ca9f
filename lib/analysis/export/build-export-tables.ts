// Tables of an AnalysisResult as rows of cells: the CSV exports (API and browser) are built from these.
import type { AnalysisResult } from "@/lib/analysis/result-types";
import { toCsv, type CsvCell } from "./to-csv";

export const EXPORT_TABLES = ["ranking", "metrics", "shares", "separability", "distance", "evidence"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export function isExportTable(value: string): value is ExportTable {
  return (EXPORT_TABLES as readonly string[]).includes(value);
}

export function buildExportTable(result: AnalysisResult, table: ExportTable): CsvCell[][] {
  switch (table) {
    case "ranking":
      return rankingRows(result);
    case "metrics":
      return metricRows(result);
    case "shares":
      return shareRows(result);
    case "separability":
      return matrixRows(result.separability.labels, result.separability.confusion, "true \\ predicted");
    case "distance":
      return matrixRows(result.lineage.labels, result.lineage.distance, result.lineage.metric);
    case "evidence":
      return evidenceRows(result);
  }
}

export function exportCsv(result: AnalysisResult, table: ExportTable): string {
  return toCsv(buildExportTable(result, table));
}

export function exportFileName(analysisName: string, table: ExportTable | "result", ext: "csv" | "json"): string {
  const base = analysisName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "analysis";
  return `${base}-${table}.${ext}`;
}

function rankingRows(result: AnalysisResult): CsvCell[][] {
  const rows: CsvCell[][] = [["candidate", "rank", "source", "score", "low", "high", "verdict", "confidence"]];
  for (const c of result.candidates) {
    c.ranking.forEach((r, i) => {
      const isVerdict = c.verdict.source === r.source;
      rows.push([c.name, i + 1, r.source, r.score, r.low, r.high, isVerdict ? c.verdict.status : "", isVerdict ? c.verdict.confidence : null]);
    });
  }
  return rows;
}

function metricRows(result: AnalysisResult): CsvCell[][] {
  const rows: CsvCell[][] = [["candidate", "metric", "source", "raw", "similarity", "low", "high"]];
  for (const c of result.candidates) {
    // The ranking answers inheritance (the verdict's question); kinship is the form a base model leaves.
    for (const r of c.ranking) rows.push([c.name, "inheritance", r.source, r.score, r.score, r.low, r.high]);
    for (const r of c.kinship?.ranking ?? []) rows.push([c.name, "kinship", r.source, r.score, r.score, r.low, r.high]);
    for (const [metric, entries] of Object.entries(c.metrics)) {
      for (const e of entries ?? []) rows.push([c.name, metric, e.source, e.raw, e.similarity, e.low, e.high]);
    }
  }
  return rows;
}

function shareRows(result: AnalysisResult): CsvCell[][] {
  const rows: CsvCell[][] = [["candidate", "method", "source", "documents", "share"]];
  for (const c of result.candidates) {
    for (const s of c.documentShares) rows.push([c.name, "classifier", s.source, s.count, s.share]);
    for (const s of c.promptAligned?.shares ?? []) rows.push([c.name, "prompt-aligned", s.source, s.count, s.share]);
  }
  return rows;
}

function matrixRows(labels: string[], matrix: number[][], corner: string): CsvCell[][] {
  return [[corner, ...labels], ...labels.map((label, i) => [label, ...(matrix[i] ?? [])])];
}

function evidenceRows(result: AnalysisResult): CsvCell[][] {
  const rows: CsvCell[][] = [
    [
      "candidate", "source", "term", "kind", "score", "candidate_count", "source_count",
      "candidate_per_million", "source_per_million", "other_sources_per_million", "human_per_million", "prompt_topic",
    ],
  ];
  for (const c of result.candidates) {
    for (const pair of c.evidence) {
      for (const t of pair.terms) {
        rows.push([
          c.name, pair.source, t.term, t.kind, t.score, t.candidateCount, t.sourceCount,
          t.candidatePerMillion, t.sourcePerMillion, t.otherSourcesPerMillion, t.humanPerMillion, t.promptTopic === undefined ? null : t.promptTopic ? "yes" : "no",
        ]);
      }
    }
  }
  return rows;
}
