import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { getEnv } from "@/lib/env";
import { claimJob, deferJob, hasQueuedJobs, failAbandonedJob, finishJob, listAbandonedJobs, releaseJob, renewJobLease, type JobRow } from "@/lib/db/jobs/job-queries";
import { cleanStaleIngests } from "@/lib/db/ingests/clean-stale-ingests";
import { sweepExpiredSpools } from "@/lib/db/ingests/sweep-spools";
import { JOB_HANDLERS, JOB_KINDS } from "./job-handlers";
import type { JobKind, JobResult } from "./job-types";
import { keepRecentFeatures } from "@/lib/workflows/recent-features";
import { listenForWork } from "./wake-workers";
import { startLeaseKeeper, type LeaseKeeper } from "./lease-keeper";

// The one job runner. Every worker process (`npm run worker`, the server's own child) runs this loop against
// the shared database: it claims jobs with a lease, renews the lease while the job runs (a heartbeat on a
// thread of its own, lease-keeper.ts, so a busy main thread never lets it lapse), and
// reaps jobs whose lease lapsed with no attempts left. A job whose worker died goes back in reach of every
// worker as soon as its lease lapses (DISTILLSCOPE_LEASE_SECONDS), whether or not anything restarts.

export type WorkerOptions = {
  signal?: AbortSignal;
  pollMs?: number;
  /** Return once nothing is left to claim (tests, `worker --once`). */
  once?: boolean;
  /** Only these kinds (default: all). */
  kinds?: JobKind[];
  /** Network-bound jobs (collections, connection tests) run side by side, up to this many. */
  ioSlots?: number;
  log?: (line: string) => void;
  /** Run once, the first time the CPU lane finds nothing to claim (`cli worker`: the analysis warm-up). */
  warmUp?: () => Promise<unknown>;
};

export async function runWorker(options: WorkerOptions = {}): Promise<void> {
  const workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const log = options.log ?? (() => undefined);
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = getEnv().DISTILLSCOPE_LEASE_SECONDS * 1000;
  const kinds = options.kinds ?? JOB_KINDS;
  const cpuKinds = kinds.filter((k) => JOB_HANDLERS[k].lane === "cpu");
  const ioKinds = kinds.filter((k) => JOB_HANDLERS[k].lane === "io");
  const stopping = options.signal ?? new AbortController().signal;
  keepRecentFeatures(true); // a fresh upload's fingerprints, for the analysis that usually follows (recent-features.ts)

  // Wake-ups cut the wait short; the poll is the fallback.
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  await listenForWork(wake, stopping);
  stopping.addEventListener("abort", wake, { once: true });
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
      if (stopping.aborted) done();
    });

  // CLI ingests (no job) that died long ago; job-run ingests are the reaper's.
  await cleanStaleIngests().catch((error) => console.error("cleaning stale ingests failed", error));
  let lastSweep = 0;
  const reaper = setInterval(() => {
    void reap(log).catch((error) => console.error("job reaper failed", error));
    if (Date.now() - lastSweep < 60_000) return;
    lastSweep = Date.now();
    void sweepExpiredSpools().catch((error) => console.error("spool sweep failed", error));
  }, Math.min(leaseMs / 2, 5000));
  await reap(log);
  log(`worker ${workerId} ready (lease ${leaseMs / 1000} s)`);

  const keeper = startLeaseKeeper();
  const run = (job: JobRow) => runJob(job, { workerId, leaseMs, log, stopping, keeper });

  let warmUp = options.warmUp;
  const cpuLane = async () => {
    while (cpuKinds.length && !stopping.aborted) {
      const job = await claimJob(`${workerId}#${randomBytes(3).toString("hex")}`, cpuKinds, leaseMs);
      if (job) {
        await run(job);
        continue;
      }
      if (options.once && !(await hasQueuedJobs(cpuKinds))) return;
      if (warmUp) {
        const started = performance.now();
        await warmUp().then(
          () => log(`warmed up in ${Math.round(performance.now() - started)} ms`),
          (error: unknown) => console.error("warm-up failed (the worker carries on)", error),
        );
        warmUp = undefined;
        continue; // a job may have come in meanwhile
      }
      await idle(pollMs);
    }
  };
  const ioSlots = options.ioSlots ?? 4;
  const active = new Set<Promise<void>>();
  const ioLane = async () => {
    while (ioKinds.length && !stopping.aborted) {
      let claimed = false;
      while (active.size < ioSlots && !stopping.aborted) {
        const job = await claimJob(`${workerId}#${randomBytes(3).toString("hex")}`, ioKinds, leaseMs);
        if (!job) break;
        claimed = true;
        const running: Promise<void> = run(job).finally(() => {
          active.delete(running);
          wake();
        });
        active.add(running);
      }
      // `once`: until nothing of this lane is left, deferred jobs (a busy connection) included.
      if (options.once && !claimed && active.size === 0 && !(await hasQueuedJobs(ioKinds))) return;
      await idle(pollMs);
    }
    await Promise.allSettled([...active]);
  };
  try {
    await Promise.all([cpuLane(), ioLane()]);
  } finally {
    clearInterval(reaper);
    await keeper.stop();
  }
}

type RunContext = { workerId: string; leaseMs: number; log: (line: string) => void; stopping: AbortSignal; keeper: LeaseKeeper };

/** One attempt of one job: heartbeat while it runs, then record the outcome (unless the lease was lost). */
async function runJob(job: JobRow, rc: RunContext): Promise<void> {
  const handler = JOB_HANDLERS[job.kind];
  const holder = job.leaseOwner!;
  const controller = new AbortController();
  const onStop = () => controller.abort();
  rc.stopping.addEventListener("abort", onStop, { once: true });
  let lost = false;
  const loseLease = () => {
    if (lost) return;
    lost = true;
    rc.log(`${job.kind} job ${job.id}: lease lost (taken over or ended elsewhere); stopping`);
    controller.abort();
  };
  rc.keeper.hold(job.id, holder, rc.leaseMs, loseLease);
  // Handlers may also renew at once (a collection does at each progress write); throttled.
  let lastRenewal = Date.now();
  const heartbeat = async () => {
    if (lost || Date.now() - lastRenewal < rc.leaseMs / 6) return;
    lastRenewal = Date.now();
    if (!(await renewJobLease(job.id, holder, rc.leaseMs))) loseLease();
  };
  let result: JobResult;
  try {
    result = await handler.run(job.payload, {
      workerId: holder,
      jobId: job.id,
      attempt: job.attempts,
      maxAttempts: job.maxAttempts,
      signal: controller.signal,
      heartbeat,
      log: rc.log,
    });
  } catch (error) {
    rc.keeper.drop(job.id);
    rc.stopping.removeEventListener("abort", onStop);
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${job.kind} job ${job.id} failed`, error);
    if (!lost) await finishJob(job.id, holder, { status: "failed", error: message });
    return;
  }
  rc.keeper.drop(job.id);
  rc.stopping.removeEventListener("abort", onStop);
  if (lost) return;
  if (result && "defer" in result) await deferJob(job.id, holder, result.defer);
  else if (result && "release" in result) await releaseJob(job.id, holder);
  else await finishJob(job.id, holder, { status: "done" });
}

/**
 * Jobs whose lease lapsed with no attempts left fail with the reason, and their handler removes what they
 * half-wrote. Runs in every worker, every few seconds: whichever worker is alive does it.
 */
export async function reap(log: (line: string) => void = () => undefined): Promise<number> {
  let reaped = 0;
  for (const job of await listAbandonedJobs()) {
    const reason = `Its worker stopped responding ${job.attempts} time${job.attempts === 1 ? "" : "s"} (each lease of ${getEnv().DISTILLSCOPE_LEASE_SECONDS} s lapsed; last worker ${job.leaseOwner?.split("#")[0]}).`;
    if (!(await failAbandonedJob(job, reason))) continue;
    reaped += 1;
    log(`${job.kind} job ${job.id}: failed for good. ${reason}`);
    await JOB_HANDLERS[job.kind].abandon?.(job.payload, reason).catch((error) => console.error(`job ${job.id}: cleanup failed`, error));
  }
  return reaped;
}
