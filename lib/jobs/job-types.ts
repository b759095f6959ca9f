import type { JobKind } from "@/lib/db/jobs/job-queries";

export type { JobKind };

export type JobContext = {
  /** This attempt's holder: a lease lost to another worker makes its writes fail. */
  workerId: string;
  jobId: string;
  attempt: number;
  maxAttempts: number;
  /** Aborted when the worker shuts down or loses the job's lease. */
  signal: AbortSignal;
  /** Renews the lease now (the runner also renews it on a timer). */
  heartbeat: () => Promise<void>;
  log: (line: string) => void;
};

/** What a handler asks of the runner when it returns: nothing (done), try later, or hand back at once. */
export type JobResult = void | { defer: number } | { release: true };

export type JobHandler = {
  /** cpu: one at a time per worker (parsing, fingerprints, analyses); io: several at once (model APIs). */
  lane: "cpu" | "io";
  run: (payload: Record<string, unknown>, ctx: JobContext) => Promise<JobResult>;
  /** Cleans up after a job that failed for good because its workers kept dying (nothing half-written stays). */
  abandon?: (payload: Record<string, unknown>, reason: string) => Promise<void>;
};
