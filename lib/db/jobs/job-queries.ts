import { randomBytes } from "node:crypto";
import { getDb } from "../client";

// The job table (lib/jobs is the runner). Every state change is one conditional UPDATE (compare-and-set on
// status, owner and attempt count), so any number of workers on any number of machines can share it: two
// claimers of one row cannot both win, and a worker whose lease was taken over can no longer write.

export type JobKind = "ingest" | "fingerprint" | "analysis" | "collect" | "connection-test";
export type JobStatus = "queued" | "running" | "done" | "failed";

export type JobRow = {
  id: string;
  kind: JobKind;
  payload: Record<string, unknown>;
  subjectId: string | null;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  leaseOwner: string | null;
  leaseExpiresAt: Date | null;
  lastError: string | null;
};

type Tx = Parameters<Parameters<Awaited<ReturnType<typeof getDb>>["$transaction"]>[0]>[0];
type Writer = Pick<Tx, "job">;

export type NewJob = { kind: JobKind; payload: Record<string, unknown>; subjectId?: string | null; maxAttempts?: number; delayMs?: number };

/** Adds a job (inside `tx` when given, so the job exists exactly when the row it works on does). */
export async function insertJob(job: NewJob, tx?: Writer): Promise<string> {
  const writer = tx ?? (await getDb());
  const id = `job_${randomBytes(12).toString("base64url")}`;
  await writer.job.create({
    data: {
      id,
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      subjectId: job.subjectId ?? null,
      maxAttempts: job.maxAttempts ?? 3,
      runAfter: new Date(Date.now() + (job.delayMs ?? 0)),
    },
  });
  return id;
}

function toRow(row: { id: string; kind: string; payload: string; subjectId: string | null; status: string; attempts: number; maxAttempts: number; leaseOwner: string | null; leaseExpiresAt: Date | null; lastError: string | null }): JobRow {
  return { ...row, kind: row.kind as JobKind, status: row.status as JobStatus, payload: JSON.parse(row.payload) as Record<string, unknown> };
}

export async function getJob(id: string): Promise<JobRow | null> {
  const db = await getDb();
  const row = await db.job.findUnique({ where: { id } });
  return row ? toRow(row) : null;
}

/** The newest job of a kind working on `subjectId` (an ingest, an analysis…). */
export async function getJobForSubject(kind: JobKind, subjectId: string): Promise<JobRow | null> {
  const db = await getDb();
  const row = await db.job.findFirst({ where: { kind, subjectId }, orderBy: { createdAt: "desc" } });
  return row ? toRow(row) : null;
}

/**
 * Claims one job of `kinds`: a queued one that is due, or a running one whose lease lapsed (its worker
 * died or hung) and that has attempts left. Returns it with the attempt counted, or null.
 */
export async function claimJob(workerId: string, kinds: JobKind[], leaseMs: number): Promise<JobRow | null> {
  const db = await getDb();
  const now = new Date();
  const candidates = await db.job.findMany({
    where: { kind: { in: kinds }, OR: [{ status: "queued", runAfter: { lte: now } }, { status: "running", leaseExpiresAt: { lt: now } }] },
    orderBy: { createdAt: "asc" },
    take: 10,
  });
  for (const c of candidates) {
    if (c.status === "running" && c.attempts >= c.maxAttempts) continue; // the reaper fails it
    const { count } = await db.job.updateMany({
      where: { id: c.id, status: c.status, attempts: c.attempts, leaseOwner: c.leaseOwner },
      data: { status: "running", leaseOwner: workerId, leaseExpiresAt: new Date(Date.now() + leaseMs), attempts: c.attempts + 1, startedAt: now },
    });
    if (count === 1) return toRow({ ...c, status: "running", leaseOwner: workerId, attempts: c.attempts + 1 });
  }
  return null;
}

/** Whether jobs of these kinds wait in the queue (due or deferred). */
export async function hasQueuedJobs(kinds: JobKind[]): Promise<boolean> {
  const db = await getDb();
  return (await db.job.findFirst({ where: { kind: { in: kinds }, status: "queued" }, select: { id: true } })) !== null;
}

/** Heartbeat: extends the lease while `workerId` still holds the job. False: it was taken over or ended. */
export async function renewJobLease(id: string, workerId: string, leaseMs: number): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.job.updateMany({ where: { id, status: "running", leaseOwner: workerId }, data: { leaseExpiresAt: new Date(Date.now() + leaseMs) } });
  return count === 1;
}

export async function finishJob(id: string, workerId: string, outcome: { status: "done" | "failed"; error?: string }): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.job.updateMany({
    where: { id, status: "running", leaseOwner: workerId },
    data: { status: outcome.status, lastError: outcome.error ?? null, leaseOwner: null, leaseExpiresAt: null, finishedAt: new Date() },
  });
  return count === 1;
}

/** Hands a job back without counting the attempt (its subject is busy elsewhere): due again after `delayMs`. */
export async function deferJob(id: string, workerId: string, delayMs: number): Promise<void> {
  const db = await getDb();
  await db.job.updateMany({
    where: { id, status: "running", leaseOwner: workerId },
    data: { status: "queued", leaseOwner: null, leaseExpiresAt: null, attempts: { decrement: 1 }, runAfter: new Date(Date.now() + delayMs) },
  });
}

/** A job let go at once (its worker is shutting down): another worker may claim it without waiting for the lease. */
export async function releaseJob(id: string, workerId: string): Promise<void> {
  const db = await getDb();
  await db.job.updateMany({ where: { id, status: "running", leaseOwner: workerId }, data: { status: "queued", leaseOwner: null, leaseExpiresAt: null, attempts: { decrement: 1 } } });
}

/** Running jobs whose lease lapsed with no attempts left: what the reaper fails. */
export async function listAbandonedJobs(): Promise<JobRow[]> {
  const db = await getDb();
  const rows = await db.job.findMany({ where: { status: "running", leaseExpiresAt: { lt: new Date() } }, take: 50 });
  return rows.filter((r) => r.attempts >= r.maxAttempts).map(toRow);
}

/** Fails an abandoned job, unless someone renewed or ended it meanwhile. True when this call failed it. */
export async function failAbandonedJob(job: JobRow, reason: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.job.updateMany({
    where: { id: job.id, status: "running", leaseOwner: job.leaseOwner, attempts: job.attempts, leaseExpiresAt: { lt: new Date() } },
    data: { status: "failed", lastError: reason, leaseOwner: null, leaseExpiresAt: null, finishedAt: new Date() },
  });
  return count === 1;
}

/** Jobs not yet ended for these subjects are failed (their subject was deleted or cancelled). */
export async function cancelJobsFor(subjectIds: string[], reason: string, tx?: Writer): Promise<void> {
  if (subjectIds.length === 0) return;
  const writer = tx ?? (await getDb());
  await writer.job.updateMany({
    where: { subjectId: { in: subjectIds }, status: { in: ["queued", "running"] } },
    data: { status: "failed", lastError: reason, leaseOwner: null, leaseExpiresAt: null, finishedAt: new Date() },
  });
}
