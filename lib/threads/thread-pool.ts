import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { getEnv } from "@/lib/env";

// CPU-bound work (fingerprinting, the classifier) runs on worker threads when there is a spare core. A task
// is "call export `name` of module `url` with `payload`"; the result comes back by structured clone
// (typed arrays on a SharedArrayBuffer are shared, not copied). Threads need a TypeScript-aware runtime
// (tsx: the CLI, the analysis worker, the bench); anywhere else (a bundled server, a test runner) callers
// run the same function on their own thread, with the same result.

type Task = { url: string; name: string; payload: unknown };
type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Pool = { workers: Worker[]; queued: number[]; pending: Map<number, Pending & { worker: number }>; seq: number };

let pool: Pool | null | undefined;

// Worker threads do not inherit tsx's loader: register it, then serve tasks.
const BOOT = `const { parentPort } = require("node:worker_threads");
const ready = import("tsx/esm/api").then(({ register }) => register());
parentPort.on("message", ({ id, url, name, payload }) => {
  ready.then(() => import(url)).then((m) => (name ? m[name](payload) : undefined)).then(
    (value) => parentPort.postMessage({ id, value }),
    (error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});`;

/** Worker threads: DISTILLSCOPE_THREADS (0 = none), else one per core when there are two or more. */
function threadCount(): number {
  const configured = getEnv().DISTILLSCOPE_THREADS;
  if (configured !== undefined) return configured;
  const cores = availableParallelism();
  return cores >= 2 ? cores : 0;
}

export function threadsAvailable(): boolean {
  if (process.env.VITEST) return false;
  return threadCount() >= 1 && process.execArgv.some((a) => a.includes("tsx"));
}

function getPool(): Pool | null {
  if (pool !== undefined) return pool;
  if (!threadsAvailable()) return (pool = null);
  const created: Pool = { workers: [], queued: [], pending: new Map(), seq: 0 };
  for (let i = 0; i < threadCount(); i++) {
    const worker = new Worker(BOOT, { eval: true });
    worker.on("message", (m: { id: number; value?: unknown; error?: string }) => {
      const p = created.pending.get(m.id);
      created.pending.delete(m.id);
      if (!p) return;
      if (p.worker >= 0) created.queued[p.worker]--;
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.value);
      if (created.pending.size === 0) for (const w of created.workers) w.unref();
    });
    // A thread that dies (out of memory, say) fails what was queued; the next task starts a fresh pool.
    worker.on("error", (error) => {
      for (const p of created.pending.values()) p.reject(error);
      created.pending.clear();
      for (const w of created.workers) void w.terminate();
      if (pool === created) pool = undefined;
    });
    worker.unref();
    created.workers.push(worker);
    created.queued.push(0);
  }
  return (pool = created);
}

/** Starts the threads and loads the modules in each, so a first task does not wait for that. */
export function warmThreads(moduleUrls: string[]): void {
  const p = getPool();
  if (!p) return;
  p.workers.forEach((_, w) => {
    for (const url of moduleUrls) void send(p, w, { url, name: "", payload: null }, false);
  });
}

/** Queues a task on worker `w`; `counts` is false for warm-up tasks, which do not hold back real ones. */
function send(p: Pool, w: number, task: Task, counts = true): Promise<unknown> {
  const id = ++p.seq;
  const result = new Promise<unknown>((resolve, reject) => p.pending.set(id, { resolve, reject, worker: counts ? w : -1 }));
  if (counts) p.queued[w]++;
  p.workers[w].ref();
  p.workers[w].postMessage({ id, ...task });
  return result;
}

/**
 * Runs `fn(payload)` on a worker thread, or on this thread when threads are unavailable. `fn` must be
 * exported as `name` by the module at `moduleUrl` (a file URL, e.g. `new URL("./x.ts", import.meta.url)`).
 */
export function runOnThread<P, R>(moduleUrl: string, name: string, fn: (payload: P) => R, payload: P): Promise<Awaited<R>> {
  const p = getPool();
  if (!p) return Promise.resolve().then(() => fn(payload)) as Promise<Awaited<R>>;
  // The worker with the fewest queued tasks (the first such on ties).
  const w = p.queued.indexOf(Math.min(...p.queued));
  return send(p, w, { url: moduleUrl, name, payload }) as Promise<Awaited<R>>;
}
