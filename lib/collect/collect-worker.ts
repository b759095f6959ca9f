import { getEnv } from "@/lib/env";
import { claimCollectionRun } from "@/lib/db/collect/collection-runs";
import { claimConnectionTest } from "@/lib/db/collect/connections";
import { runCollection } from "./run-collection";
import { testConnection } from "./test-connection";

// Beside the analysis loop in every worker process: claims collection runs (several at once: they wait on
// the network, not the CPU) and connection tests. A run whose worker died is claimed again when its lease
// lapses (DISTILLSCOPE_LEASE_SECONDS).

export type CollectWorkerOptions = { workerId: string; signal?: AbortSignal; pollMs?: number; once?: boolean; maxRuns?: number; log?: (line: string) => void };

export async function runCollectWorker(options: CollectWorkerOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  const leaseMs = getEnv().DISTILLSCOPE_LEASE_SECONDS * 1000;
  const maxRuns = options.maxRuns ?? 4;
  const active = new Set<Promise<void>>();
  const running = new Set<string>();
  const start = (id: string) => {
    log(`collection ${id}: started`);
    running.add(id);
    const job = runCollection(id, { workerId: options.workerId, signal: options.signal })
      .then((outcome) => log(`collection ${id}: ${outcome.status}${outcome.message ? ` (${outcome.message})` : ""}`))
      .catch((error) => console.error(`collection ${id} crashed`, error))
      .finally(() => {
        active.delete(job);
        running.delete(id);
      });
    active.add(job);
  };
  while (!options.signal?.aborted) {
    let worked = false;
    for (let test = await claimConnectionTest(); test; test = await claimConnectionTest()) {
      worked = true;
      const result = await testConnection(test);
      log(`connection ${test}: test ${result.ok ? "passed" : "failed"}`);
    }
    while (active.size < maxRuns && !options.signal?.aborted) {
      // A run this process is still running (its lease lapsed while it was busy) is not claimed again here.
      const id = await claimCollectionRun(options.workerId, leaseMs, undefined, [...running]);
      if (!id) break;
      worked = true;
      start(id);
    }
    if (options.once && !worked && active.size === 0) break;
    if (options.once && active.size > 0) {
      await Promise.race(active);
      continue;
    }
    await sleep(options.pollMs ?? 1000, options.signal);
  }
  await Promise.allSettled([...active]);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
