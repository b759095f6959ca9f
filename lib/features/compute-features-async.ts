import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { computeFeatures } from "./compute-features";
import type { CorpusFeatures, FeatureInputDocument } from "./feature-types";

// Fingerprinting is CPU-bound and per corpus, so corpora are spread over worker threads (one per core).
// Workers need a TypeScript-aware runtime (tsx: the CLI, the analysis worker, the bench); anywhere else
// (a bundled server, a test runner) the work falls back to this thread with the same result.

type Pending = { resolve: (f: CorpusFeatures) => void; reject: (e: Error) => void };
type Pool = { workers: Worker[]; next: number; pending: Map<number, Pending>; seq: number };

let pool: Pool | null | undefined;

// Worker threads do not inherit tsx's loader: register it, then load the TypeScript worker module.
const BOOT = `const { workerData } = require("node:worker_threads");
import("tsx/esm/api").then(({ register }) => { register(); return import(workerData.url); });`;

function canUseWorkers(): boolean {
  if (process.env.DISTILLSCOPE_FEATURE_THREADS === "0" || process.env.VITEST) return false;
  return process.execArgv.some((a) => a.includes("tsx"));
}

function getPool(): Pool | null {
  if (pool !== undefined) return pool;
  const size = Math.min(availableParallelism(), Number(process.env.DISTILLSCOPE_FEATURE_THREADS) || availableParallelism());
  if (size < 2 || !canUseWorkers()) return (pool = null);
  const created: Pool = { workers: [], next: 0, pending: new Map(), seq: 0 };
  for (let i = 0; i < size; i++) {
    const worker = new Worker(BOOT, { eval: true, workerData: { url: new URL("./feature-worker.ts", import.meta.url).href } });
    worker.on("message", (m: { id: number; features?: CorpusFeatures; error?: string }) => {
      const p = created.pending.get(m.id);
      created.pending.delete(m.id);
      if (!p) return;
      if (m.error) p.reject(new Error(m.error));
      else p.resolve(m.features!);
    });
    worker.on("error", (error) => {
      for (const p of created.pending.values()) p.reject(error);
      created.pending.clear();
    });
    worker.unref();
    created.workers.push(worker);
  }
  return (pool = created);
}

/** computeFeatures on a worker thread when there is a spare core; identical output either way. */
export async function computeFeaturesAsync(documents: FeatureInputDocument[]): Promise<CorpusFeatures> {
  const p = getPool();
  if (!p) return computeFeatures(documents);
  const id = ++p.seq;
  const worker = p.workers[p.next++ % p.workers.length];
  const result = new Promise<CorpusFeatures>((resolve, reject) => p.pending.set(id, { resolve, reject }));
  worker.ref();
  worker.postMessage({ id, documents });
  try {
    return await result;
  } finally {
    if (p.pending.size === 0) for (const w of p.workers) w.unref();
  }
}
