import { getEnv } from "@/lib/env";
import { insertJob } from "@/lib/db/jobs/job-queries";
import { wakeWorkers } from "@/lib/jobs/wake-workers";

/** Fingerprints are computed by a worker right after a corpus is stored, so analyses start from stored ones. */
export async function queueFingerprints(corpusIds: string[]): Promise<void> {
  if (corpusIds.length === 0) return;
  for (const id of corpusIds) await insertJob({ kind: "fingerprint", subjectId: id, payload: { corpusId: id }, maxAttempts: getEnv().DISTILLSCOPE_JOB_ATTEMPTS });
  await wakeWorkers();
}
