import { getEnv } from "@/lib/env";
import { insertJob, type NewJob } from "@/lib/db/jobs/job-queries";
import { wakeWorkers } from "./wake-workers";

/** Queues a job for the workers and wakes them. Returns the job id. */
export async function enqueueJob(job: NewJob): Promise<string> {
  const id = await insertJob({ ...job, maxAttempts: job.maxAttempts ?? getEnv().DISTILLSCOPE_JOB_ATTEMPTS });
  await wakeWorkers();
  return id;
}
