import type { CollectionSettings, PromptSource } from "@/lib/collect/collection-settings";
import type { PromptItem } from "@/lib/collect/prompt-sets/read-prompt-file";
import { getEnv } from "@/lib/env";
import { getDb } from "../client";
import { insertJob } from "../jobs/job-queries";
import { workspaceScope } from "../workspace-scope";

// The life of a run: queued → running (claimed with a lease the worker renews) → done | failed | stopped
// (budget) | cancelled. Stopped and cancelled runs can be resumed (queued again) or finished with what was
// answered. A run with a stored connection is carried by a "collect" job (lib/jobs): queuing the run queues
// the job in the same transaction, and the job runner hands it to another worker when its worker dies.

/** Collection jobs resume where they stopped, so a dying worker costs little: allow more attempts. */
const collectJob = (runId: string) => ({ kind: "collect" as const, subjectId: runId, payload: { runId }, maxAttempts: Math.max(5, getEnv().DISTILLSCOPE_JOB_ATTEMPTS) });

export type RunStatus = "queued" | "running" | "done" | "failed" | "stopped" | "cancelled";

export type RunCounts = { answered: number; failed: number; empty: number; refusals: number; retrying: number; requests: number; inputTokens: number; outputTokens: number };

export type CollectionRunView = RunCounts & {
  id: string;
  name: string;
  status: RunStatus;
  stage: string | null;
  stopReason: string | null;
  error: { code: string; message: string } | null;
  lastError: string | null;
  provider: string;
  baseUrl: string;
  model: string;
  connectionId: string | null;
  settings: CollectionSettings;
  promptSource: PromptSource;
  total: number;
  etaSeconds: number | null;
  cancelRequested: boolean;
  corpusId: string | null;
  reasoningCorpusId: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
};

type Row = Omit<CollectionRunView, "settings" | "promptSource" | "error" | "status"> & { settings: string; promptSource: string; error: string | null; status: string };

const select = {
  id: true, name: true, status: true, stage: true, stopReason: true, error: true, lastError: true, provider: true, baseUrl: true, model: true, connectionId: true,
  settings: true, promptSource: true, total: true, answered: true, failed: true, empty: true, refusals: true, retrying: true, requests: true, inputTokens: true,
  outputTokens: true, etaSeconds: true, cancelRequested: true, corpusId: true, reasoningCorpusId: true, createdAt: true, startedAt: true, finishedAt: true, updatedAt: true,
} as const;

function toView(row: Row): CollectionRunView {
  return { ...row, status: row.status as RunStatus, settings: JSON.parse(row.settings), promptSource: JSON.parse(row.promptSource), error: row.error ? JSON.parse(row.error) : null };
}

const BATCH = 1000;

export type NewRun = {
  id: string;
  workspaceId: string;
  createdById: string | null;
  connectionId: string | null;
  name: string;
  provider: string;
  baseUrl: string;
  model: string;
  settings: CollectionSettings;
  promptSource: PromptSource;
  prompts: PromptItem[];
};

/** The run and one pending answer row per prompt × sample, in one transaction. */
export async function createCollectionRun(run: NewRun): Promise<void> {
  const db = await getDb();
  const { prompts, settings, promptSource, ...fields } = run;
  const samples = settings.samples;
  await db.$transaction(
    async (tx) => {
      await tx.collectionRun.create({ data: { ...fields, settings: JSON.stringify(settings), promptSource: JSON.stringify(promptSource), total: prompts.length * samples } });
      const rows = prompts.flatMap((p, promptIndex) => Array.from({ length: samples }, (_, sample) => ({ runId: run.id, promptIndex, sample, prompt: p.prompt, promptId: p.promptId })));
      for (let i = 0; i < rows.length; i += BATCH) await tx.collectionAnswer.createMany({ data: rows.slice(i, i + BATCH) });
      if (run.connectionId) await insertJob(collectJob(run.id), tx); // CLI runs (no stored key) run in the CLI
    },
    { timeout: 120_000 },
  );
}

export async function listCollectionRuns(workspaceId: string, opts: { take?: number } = {}): Promise<CollectionRunView[]> {
  const db = await getDb();
  const rows = await db.collectionRun.findMany({ where: { workspaceId: workspaceScope(workspaceId) }, select, orderBy: { createdAt: "desc" }, take: opts.take ?? 100 });
  return rows.map(toView);
}

export async function getCollectionRun(workspaceId: string, id: string): Promise<CollectionRunView | null> {
  const db = await getDb();
  const row = await db.collectionRun.findFirst({ where: { id, workspaceId: workspaceScope(workspaceId) }, select });
  return row ? toView(row) : null;
}

/** Worker side: a run by id, whatever its workspace. */
export async function loadCollectionRun(id: string): Promise<(CollectionRunView & { workspaceId: string; finishRequested: boolean }) | null> {
  const db = await getDb();
  const row = await db.collectionRun.findUnique({ where: { id }, select: { ...select, workspaceId: true, finishRequested: true } });
  return row ? { ...toView(row), workspaceId: row.workspaceId, finishRequested: row.finishRequested } : null;
}

/** Another live run (lease not lapsed) on the same connection: a collection on it waits (concurrency is per connection). */
export async function isConnectionBusy(runId: string): Promise<boolean> {
  const db = await getDb();
  const run = await db.collectionRun.findUnique({ where: { id: runId }, select: { connectionId: true } });
  if (!run?.connectionId) return false;
  const other = await db.collectionRun.findFirst({ where: { id: { not: runId }, connectionId: run.connectionId, status: "running", leaseUntil: { gte: new Date() } }, select: { id: true } });
  return other !== null;
}

export type ProgressUpdate = RunCounts & { stage?: string; etaSeconds: number | null; lastError?: string | null };

/**
 * Writes progress and renews the lease, as long as this worker still holds the run. Returns what the worker
 * must know: whether it still holds the run and whether someone asked to cancel.
 */
export async function reportCollectionProgress(id: string, workerId: string, leaseMs: number, update: ProgressUpdate): Promise<{ held: boolean; cancelRequested: boolean }> {
  const db = await getDb();
  const { count } = await db.collectionRun.updateMany({
    where: { id, claimedBy: workerId, status: "running" },
    data: { ...update, leaseUntil: new Date(Date.now() + leaseMs) },
  });
  if (count === 0) return { held: false, cancelRequested: true };
  const row = await db.collectionRun.findUnique({ where: { id }, select: { cancelRequested: true } });
  return { held: true, cancelRequested: row?.cancelRequested ?? true };
}

export async function endCollectionRun(
  id: string,
  workerId: string | null,
  outcome: { status: Exclude<RunStatus, "queued" | "running">; stopReason?: string | null; error?: { code: string; message: string } | null; corpusId?: string | null; reasoningCorpusId?: string | null } & Partial<RunCounts>,
): Promise<boolean> {
  const db = await getDb();
  const { error, ...rest } = outcome;
  const { count } = await db.collectionRun.updateMany({
    where: { id, status: "running", ...(workerId ? { claimedBy: workerId } : {}) },
    data: { ...rest, error: error ? JSON.stringify(error) : null, retrying: 0, etaSeconds: null, stage: null, leaseUntil: null, finishedAt: new Date(), cancelRequested: false, finishRequested: false },
  });
  return count === 1;
}

export async function setCollectionCorpus(id: string, corpusId: string | null, reasoningCorpusId: string | null): Promise<void> {
  const db = await getDb();
  await db.collectionRun.updateMany({ where: { id }, data: { corpusId, reasoningCorpusId } });
}

/** Cancel: a queued run stops at once; a running one is stopped by its worker at the next heartbeat. */
export async function requestCancel(workspaceId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const scope = { id, workspaceId: workspaceScope(workspaceId) };
  const queued = await db.collectionRun.updateMany({ where: { ...scope, status: "queued" }, data: { status: "cancelled", stopReason: "cancelled", finishedAt: new Date() } });
  if (queued.count) return true;
  const running = await db.collectionRun.updateMany({ where: { ...scope, status: "running" }, data: { cancelRequested: true } });
  return running.count > 0;
}

/** Resume (ask the remaining prompts) or finish (make the corpus from what was answered). */
export async function requeueCollectionRun(workspaceId: string, id: string, opts: { finish: boolean; settings?: CollectionSettings }): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.collectionRun.updateMany({
      where: { id, workspaceId: workspaceScope(workspaceId), status: { in: ["stopped", "cancelled", "failed"] } },
      data: {
        status: "queued",
        finishRequested: opts.finish,
        stopReason: null,
        error: null,
        finishedAt: null,
        claimedBy: null,
        leaseUntil: null,
        ...(opts.settings ? { settings: JSON.stringify(opts.settings) } : {}),
      },
    });
    if (count === 0) return false;
    const run = await tx.collectionRun.findUnique({ where: { id }, select: { connectionId: true } });
    if (run?.connectionId) await insertJob(collectJob(id), tx);
    return true;
  });
}

export async function deleteCollectionRun(workspaceId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.collectionRun.deleteMany({ where: { id, workspaceId: workspaceScope(workspaceId), status: { not: "running" } } });
  return count > 0;
}
