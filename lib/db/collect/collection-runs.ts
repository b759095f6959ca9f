import type { CollectionSettings, PromptSource } from "@/lib/collect/collection-settings";
import type { PromptItem } from "@/lib/collect/prompt-sets/read-prompt-file";
import { getDb } from "../client";
import { workspaceScope } from "../workspace-scope";

// The life of a run: queued → running (claimed with a lease the worker renews) → done | failed | stopped
// (budget) | cancelled. Stopped and cancelled runs can be resumed (queued again) or finished with what was
// answered. A running run whose lease lapsed is claimed again by any worker.

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

/**
 * Claims a queued run, or a running one whose lease lapsed (its worker died), for `leaseMs`. Runs started by
 * the CLI (no connection: their key was never stored) are left to the CLI's --resume.
 */
export async function claimCollectionRun(workerId: string, leaseMs: number, id?: string, exceptIds: string[] = []): Promise<string | null> {
  const db = await getDb();
  const now = new Date();
  const claimable = { OR: [{ status: "queued" }, { status: "running", leaseUntil: { lt: now } }] };
  // Concurrency is per connection: a connection busy with a live run waits for it to end.
  const busy = await db.collectionRun.findMany({ where: { status: "running", leaseUntil: { gte: now }, connectionId: { not: null } }, select: { connectionId: true } });
  const busyIds = busy.map((b) => b.connectionId as string);
  const candidates = id
    ? [{ id }]
    : await db.collectionRun.findMany({ where: { ...claimable, id: { notIn: exceptIds }, connectionId: { not: null, notIn: busyIds } }, orderBy: { createdAt: "asc" }, take: 5, select: { id: true } });
  for (const c of candidates) {
    const { count } = await db.collectionRun.updateMany({
      where: { id: c.id, OR: claimable.OR },
      data: { status: "running", claimedBy: workerId, leaseUntil: new Date(Date.now() + leaseMs), startedAt: now, cancelRequested: false, stopReason: null, error: null },
    });
    if (count === 1) return c.id;
  }
  return null;
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
  const { count } = await db.collectionRun.updateMany({
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
  return count > 0;
}

export async function deleteCollectionRun(workspaceId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.collectionRun.deleteMany({ where: { id, workspaceId: workspaceScope(workspaceId), status: { not: "running" } } });
  return count > 0;
}
