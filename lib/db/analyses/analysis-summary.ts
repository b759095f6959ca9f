import type { AnalysisResult } from "@/lib/analysis/result-types";
import type { Analysis } from "../generated/sqlite/client";
import type { VerdictSummary } from "./verdict-summary";

export type AnalysisStatus = "queued" | "running" | "done" | "failed";

export type AnalysisSummary = {
  id: string;
  name: string;
  status: AnalysisStatus;
  stage: string | null;
  progress: number;
  sourceIds: string[];
  candidateIds: string[];
  options: Record<string, unknown>;
  error: { code: string; message: string } | null;
  /** Per candidate, once done (null before, or for a result stored before the column existed and not yet listed). */
  verdicts: VerdictSummary[] | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

export type AnalysisDetail = AnalysisSummary & { result: AnalysisResult | null };

export function toAnalysisSummary(row: Omit<Analysis, "result" | "summary" | "workspaceId" | "createdById">): AnalysisSummary {
  return {
    id: row.id,
    name: row.name,
    status: row.status as AnalysisStatus,
    stage: row.stage,
    progress: row.progress,
    sourceIds: JSON.parse(row.sourceIds) as string[],
    candidateIds: JSON.parse(row.candidateIds) as string[],
    options: JSON.parse(row.options) as Record<string, unknown>,
    error: row.error ? (JSON.parse(row.error) as { code: string; message: string }) : null,
    verdicts: row.verdicts ? (JSON.parse(row.verdicts) as VerdictSummary[]) : null,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

export const summarySelect = {
  id: true,
  name: true,
  status: true,
  stage: true,
  progress: true,
  options: true,
  sourceIds: true,
  candidateIds: true,
  error: true,
  verdicts: true,
  claimedBy: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;
