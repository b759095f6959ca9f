import { abandonCollectJob, abandonConnectionTestJob, runCollectJob, runConnectionTestJob } from "@/lib/collect/collect-worker";
import { failAnalysis, takeAnalysis } from "@/lib/db/analyses/run-state";
import { runStoredAnalysis } from "@/lib/workflows/run-analysis";
import { abandonIngestJob, runIngestJob } from "@/lib/workflows/run-ingest-job";
import { runFingerprintJob } from "@/lib/workflows/run-fingerprint-job";
import type { JobHandler, JobKind } from "./job-types";

// Every kind of heavy work, and what the runner does with it. Handlers are idempotent: an attempt after a
// crash starts from what is stored (and removes what the dead attempt half-wrote).

const id = (payload: Record<string, unknown>, key: string): string => {
  const value = payload[key];
  if (typeof value !== "string") throw new Error(`job payload has no ${key}`);
  return value;
};

export const JOB_HANDLERS: Record<JobKind, JobHandler> = {
  ingest: {
    lane: "cpu",
    run: async (p, ctx) => runIngestJob(id(p, "ingestId"), ctx),
    abandon: (p, reason) => abandonIngestJob(id(p, "ingestId"), reason),
  },
  fingerprint: {
    lane: "cpu",
    run: async (p, ctx) => runFingerprintJob(id(p, "corpusId"), ctx),
  },
  analysis: {
    lane: "cpu",
    run: async (p, ctx) => {
      const analysisId = id(p, "analysisId");
      if (!(await takeAnalysis(analysisId, ctx.workerId))) return; // deleted, or ended meanwhile
      ctx.log(`analysis ${analysisId}: started (attempt ${ctx.attempt} of ${ctx.maxAttempts})`);
      await runStoredAnalysis(analysisId, ctx.workerId);
      ctx.log(`analysis ${analysisId}: finished`);
    },
    abandon: (p, reason) => failAnalysis(id(p, "analysisId"), { code: "worker-lost", message: `${reason} Start the analysis again.` }),
  },
  collect: {
    lane: "io",
    run: (p, ctx) => runCollectJob(id(p, "runId"), ctx),
    abandon: (p, reason) => abandonCollectJob(id(p, "runId"), reason),
  },
  "connection-test": {
    lane: "io",
    run: (p, ctx) => runConnectionTestJob(id(p, "connectionId"), ctx),
    abandon: (p, reason) => abandonConnectionTestJob(id(p, "connectionId"), reason),
  },
};

export const JOB_KINDS = Object.keys(JOB_HANDLERS) as JobKind[];
