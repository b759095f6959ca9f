import type { AnalysisResult } from "@/lib/analysis/result-types";
import { getDb } from "../client";
import { summarizeVerdicts } from "./verdict-summary";

// The life of an analysis row: queued → running (held by one job attempt) → done | failed.
// A done result is never written again, and only the attempt holding the row may write it.

/**
 * Claims a queued analysis (this one, or the oldest) by hand, outside the job runner (tests, a one-off run): its job is closed so no
 * worker runs it as well. Returns its id, or null.
 */
export async function claimAnalysis(workerId: string, id?: string): Promise<string | null> {
  const db = await getDb();
  const candidates = id ? [{ id }] : await db.analysis.findMany({ where: { status: "queued" }, orderBy: { createdAt: "asc" }, take: 5, select: { id: true } });
  for (const c of candidates) {
    const { count } = await db.analysis.updateMany({
      where: { id: c.id, status: "queued" },
      data: { status: "running", claimedBy: workerId, startedAt: new Date(), stage: "starting", progress: 0 },
    });
    if (count !== 1) continue;
    await db.job.updateMany({ where: { kind: "analysis", subjectId: c.id, status: "queued" }, data: { status: "done", lastError: `run outside the job runner by ${workerId}`, finishedAt: new Date() } });
    return c.id;
  }
  return null;
}

/**
 * The analysis job's attempt takes the row: queued, or running under an attempt whose worker died (the job
 * runner only hands the job on when that lease lapsed). False when it already ended.
 */
export async function takeAnalysis(id: string, workerId: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.analysis.updateMany({
    where: { id, status: { in: ["queued", "running"] } },
    data: { status: "running", claimedBy: workerId, startedAt: new Date(), stage: "starting", progress: 0 },
  });
  return count === 1;
}

/** What the worker needs to run a claimed analysis, with the workspace its corpora must come from. */
export async function getAnalysisJob(id: string): Promise<{ workspaceId: string | null; sourceIds: string[]; candidateIds: string[]; options: Record<string, unknown> } | null> {
  const db = await getDb();
  const row = await db.analysis.findUnique({ where: { id }, select: { workspaceId: true, sourceIds: true, candidateIds: true, options: true } });
  if (!row) return null;
  return { workspaceId: row.workspaceId, sourceIds: JSON.parse(row.sourceIds), candidateIds: JSON.parse(row.candidateIds), options: JSON.parse(row.options) };
}

export async function reportAnalysisProgress(id: string, stage: string, progress: number): Promise<void> {
  const db = await getDb();
  await db.analysis.updateMany({ where: { id, status: "running" }, data: { stage, progress: Math.max(0, Math.min(1, progress)) } });
}

/** Stores the result (and the page's summary of it) unless another attempt holds the row: a result is written once. */
export async function completeAnalysis(id: string, result: AnalysisResult, summary?: unknown, workerId?: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.analysis.updateMany({
    where: { id, status: "running", ...(workerId ? { claimedBy: workerId } : {}) },
    data: { status: "done", stage: "done", progress: 1, result: JSON.stringify(result), verdicts: JSON.stringify(summarizeVerdicts(result)), summary: summary === undefined ? null : JSON.stringify(summary), finishedAt: new Date() },
  });
  return count === 1;
}

export async function failAnalysis(id: string, error: { code: string; message: string }, workerId?: string): Promise<void> {
  const db = await getDb();
  await db.analysis.updateMany({
    where: { id, status: { in: ["running", "queued"] }, ...(workerId ? { OR: [{ claimedBy: workerId }, { status: "queued" }] } : {}) },
    data: { status: "failed", error: JSON.stringify(error), finishedAt: new Date() },
  });
}
