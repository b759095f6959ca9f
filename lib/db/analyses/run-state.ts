import type { AnalysisResult } from "@/lib/analysis/result-types";
import { getDb } from "../client";
import { summarizeVerdicts } from "./verdict-summary";

// The life of an analysis row: queued → running (claimed by one worker) → done | failed.
// A done result is never written again.

/** Atomically claims a queued analysis (this one, or the oldest). Returns its id, or null. */
export async function claimAnalysis(workerId: string, id?: string): Promise<string | null> {
  const db = await getDb();
  const candidates = id ? [{ id }] : await db.analysis.findMany({ where: { status: "queued" }, orderBy: { createdAt: "asc" }, take: 5, select: { id: true } });
  for (const c of candidates) {
    const { count } = await db.analysis.updateMany({
      where: { id: c.id, status: "queued" },
      data: { status: "running", claimedBy: workerId, startedAt: new Date(), stage: "starting", progress: 0 },
    });
    if (count === 1) return c.id;
  }
  return null;
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

export async function completeAnalysis(id: string, result: AnalysisResult): Promise<void> {
  const db = await getDb();
  await db.analysis.updateMany({
    where: { id, status: "running" },
    data: { status: "done", stage: "done", progress: 1, result: JSON.stringify(result), verdicts: JSON.stringify(summarizeVerdicts(result)), finishedAt: new Date() },
  });
}

export async function failAnalysis(id: string, error: { code: string; message: string }): Promise<void> {
  const db = await getDb();
  await db.analysis.updateMany({ where: { id, status: { in: ["running", "queued"] } }, data: { status: "failed", error: JSON.stringify(error), finishedAt: new Date() } });
}

/** Analyses left "running" by a worker that died are queued again. */
export async function requeueStaleAnalyses(staleMs = 30 * 60_000): Promise<number> {
  const db = await getDb();
  const { count } = await db.analysis.updateMany({
    where: { status: "running", startedAt: { lt: new Date(Date.now() - staleMs) } },
    data: { status: "queued", claimedBy: null, stage: null, progress: 0 },
  });
  return count;
}
