import { endCollectionRun, isConnectionBusy } from "@/lib/db/collect/collection-runs";
import { recordConnectionTest } from "@/lib/db/collect/connections";
import type { JobContext, JobResult } from "@/lib/jobs/job-types";
import { runCollection } from "./run-collection";
import { testConnection } from "./test-connection";

// The worker side of collection, as job handlers for the one job runner (lib/jobs): a collection run and a
// connection test are jobs like an ingest or an analysis. A run whose worker died is handed to another
// worker when its job's lease lapses; runCollection then asks only what has no stored answer.

/** How long a run waits when its connection is busy with another live run (concurrency is per connection). */
const BUSY_RETRY_MS = 3000;

export async function runCollectJob(runId: string, ctx: JobContext): Promise<JobResult> {
  if (await isConnectionBusy(runId)) return { defer: BUSY_RETRY_MS };
  const outcome = await runCollection(runId, { workerId: ctx.workerId, signal: ctx.signal, heartbeat: ctx.heartbeat });
  ctx.log(`collection ${runId}: ${outcome.status}${outcome.message ? ` (${outcome.message})` : ""}`);
  // Interrupted by a shutdown: hand the job back at once (the run released its own lease too).
  if (outcome.status === "interrupted") return { release: true };
}

/** The run's workers kept dying: it fails, and stays resumable from the page or the CLI. */
export async function abandonCollectJob(runId: string, reason: string): Promise<void> {
  await endCollectionRun(runId, null, { status: "failed", error: { code: "worker-lost", message: `${reason} Resume it to continue where it stopped.` } });
}

export async function runConnectionTestJob(connectionId: string, ctx: JobContext): Promise<JobResult> {
  const result = await testConnection(connectionId);
  ctx.log(`connection ${connectionId}: test ${result.ok ? "passed" : "failed"}`);
}

export async function abandonConnectionTestJob(connectionId: string, reason: string): Promise<void> {
  await recordConnectionTest(connectionId, false, reason);
}
