import { hostname } from "node:os";
import { claimAnalysis, requeueStaleAnalyses } from "@/lib/db/analyses/run-state";
import { cleanStaleIngests } from "@/lib/db/ingests/clean-stale-ingests";
import { runStoredAnalysis } from "@/lib/workflows/run-analysis";
import { ANALYSIS_QUEUE, getBoss } from "./analysis-queue";
import { runCollectWorker } from "@/lib/collect/collect-worker";

export type WorkerOptions = { signal?: AbortSignal; pollMs?: number; once?: boolean; log?: (line: string) => void };

/**
 * Claims queued analyses one at a time until aborted. Works on both databases: the table is the queue of
 * record; on PostgreSQL pg-boss jobs wake the worker as soon as an analysis is queued.
 */
export async function runWorker(options: WorkerOptions = {}): Promise<void> {
  const workerId = `${hostname()}:${process.pid}`;
  const log = options.log ?? (() => undefined);
  const pollMs = options.pollMs ?? 1000;
  await cleanStaleIngests();
  await requeueStaleAnalyses();
  let wake: () => void = () => undefined;
  const boss = getBoss();
  if (boss) {
    const instance = await boss;
    await instance.work(ANALYSIS_QUEUE, { pollingIntervalSeconds: 2 }, async () => wake());
  }
  log(`worker ${workerId} ready`);
  const collecting = runCollectWorker({ workerId, signal: options.signal, pollMs, once: options.once, log }); // issue 11
  while (!options.signal?.aborted) {
    const id = await claimAnalysis(workerId);
    if (id) {
      log(`analysis ${id}: started`);
      await runStoredAnalysis(id);
      log(`analysis ${id}: finished`);
      continue;
    }
    if (options.once) return collecting;
    await new Promise<void>((resolve) => {
      // One listener per wait, removed when the wait ends: an idle worker must not pile them up.
      const done = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, pollMs);
      wake = done;
      options.signal?.addEventListener("abort", done, { once: true });
    });
  }
  await collecting;
}
