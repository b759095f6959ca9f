import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { getEnv } from "@/lib/env";

// CPU-bound work (fingerprinting, the classifier) runs on worker threads when there is a spare core. A task
// is "call export `name` of module `url` with `payload`"; the result comes back by structured clone
// (typed arrays on a SharedArrayBuffer are shared, not copied). Task modules are the built .js files in
// dist/ (the CLI and the analysis worker, built by scripts/build-cli.mjs) or TypeScript sources under tsx
// (the bench, tests that spawn tsx); anywhere else (the Next.js server, a test runner) callers run the same
// function on their own thread, with the same result.
//
// Two pools: "analysis" stays up between tasks (analyze() warms it and sends it several tasks at once);
// "features" ends once it has had nothing to do for a moment, so the memory its threads used while
// fingerprinting goes back to the system before the analysis needs it.

/** Set to true by scripts/build-cli.mjs (esbuild `define`): this code runs from dist/. */
declare const __DISTILLSCOPE_BUILD__: boolean | undefined;
const BUILT = typeof __DISTILLSCOPE_BUILD__ !== "undefined" && __DISTILLSCOPE_BUILD__;

export type PoolName = "analysis" | "features";
export type ThreadOptions = {
  pool?: PoolName;
  /** Move the result's ArrayBuffers instead of copying them (for results the task module does not keep). */
  transferResult?: boolean;
  /**
   * Tasks with the same key run on one thread of the pool, the first one given such a task: it already
   * holds what they load (jieba's dictionary costs each thread ~0.5 s and ~50 MB).
   */
  affinity?: string;
  /** Collect garbage on the thread right after the task (its heap is small again before the next one). */
  collectAfter?: boolean;
  /**
   * Told the CPU milliseconds the task took on its thread (Linux's per-thread count, 10 ms steps; not called
   * where the system has none), or on this thread when there are no threads.
   */
  onCpuMs?: (ms: number) => void;
};

type Task = { url: string; name: string; payload: unknown; transfer: boolean; collect: boolean; onCpuMs?: (ms: number) => void };
type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; onCpuMs?: (ms: number) => void };
/** A task of an on-demand pool that waits on this thread for a free worker. */
type Held = Pending & { task: Task; affinity?: string };
type Pool = {
  workers: Worker[];
  queued: number[];
  held: Held[];
  pending: Map<number, Pending & { worker: number }>;
  seq: number;
  idle?: NodeJS.Timeout;
  affinity: Map<string, number>;
  /** No task will come: each thread ends once it has none queued. */
  closed?: boolean;
};

const pools = new Map<PoolName, Pool | null>();
/** Tasks a pool will still get before it closes (closeThreadsAfter). */
const tasksLeft = new Map<PoolName, number>();
/** Threads of closed pools that are ending: endIdleThreads waits for them too. */
const ending = new Map<PoolName, Promise<number>[]>();
/** Milliseconds a pool may sit idle before its threads end (null: never). */
const IDLE_END_MS: Record<PoolName, number | null> = { analysis: null, features: 250 };

/**
 * Young-generation cap per thread (null: V8's default, up to ~48 MB). A fingerprinting thread allocates
 * little that dies young, yet V8 lets its young generation grow to the maximum: capped, the 12-corpus CLI
 * job peaked ~150 MB lower with no more CPU (measured with /usr/bin/time, two runs each). The analysis
 * tasks keep their large arrays off the heap too; their young generations had grown to 8-17 MB each.
 */
const YOUNG_GENERATION_MB: Record<PoolName, number | null> = { analysis: 4, features: 4 };

/**
 * Fingerprinting threads optimise their hot code themselves instead of queueing it for V8's background
 * compiler: they keep every core busy, so a background compile waited for a core while the code ran
 * unoptimised, and each thread recompiles its code several times (deopts as new documents take new paths).
 * Fingerprinting the 12 AlpacaEval files, 4 alternating runs each: 5.2-6.0 s instead of 5.6-6.8 s. The
 * analysis threads showed no gain and keep the default. V8 reads the flag as a thread's isolate starts.
 */
const SYNCHRONOUS_JIT: Record<PoolName, boolean> = { analysis: false, features: true };

/**
 * A fingerprinting task waits on this thread until a worker has nothing queued, and goes to the first that
 * frees. Given out as it came, the CLI's third corpus went to the first thread on a tie, behind its running
 * corpus, while the other thread, done first, waited for the next file to be read. The analysis pool keeps
 * the immediate placement its task order is balanced for (analyze.ts).
 */
const ON_DEMAND: Record<PoolName, boolean> = { analysis: false, features: true };

// Worker threads do not inherit tsx's loader: a TypeScript task module registers it first; built ones don't.
// Shared memory (the document vectors, ~76 MB in the 12-corpus job) is freed only once every thread that
// read it has collected its view, and an idle thread collects nothing. So a thread owes a collection after a
// task that was given shared memory (20-40 ms on an analysis thread), paid when the next task's message
// arrives, before that task starts, or on a timer when none is queued: a message that arrived during the task
// is handled before any timer, and on a timer alone the vectors outlived the calibration and the bootstrap
// queued behind their readers. A task asked to (collectAfter) is collected after it, on a timer. Only large
// shared arrays owe one: the block sums (a few MB in all) go at the thread's next collection, and the
// bootstrap's and calibration's tasks that read them would otherwise each cost a collection. A debt is
// carried past a next task that is given large shared memory too: the analysis' readers of the vectors run
// back to back on a thread, and a collection between two of them freed nothing (the next held the same
// memory): the 12-corpus analysis makes 2 fewer full collections on its threads (`node --trace-gc`).
const OWED_SHARED_BYTES = 8 * 2 ** 20;
const BOOT = `const { parentPort } = require("node:worker_threads");
let tsx = null;
const load = (url) => (url.endsWith(".ts") ? (tsx ??= import("tsx/esm/api").then(({ register }) => register())) : Promise.resolve()).then(() => import(url));
const buffers = (v, out) => {
  if (ArrayBuffer.isView(v)) { if (v.buffer instanceof ArrayBuffer) out.add(v.buffer); }
  else if (Array.isArray(v)) { for (const x of v) if (x !== null && typeof x === "object") buffers(x, out); }
  else if (v !== null && typeof v === "object") for (const x of Object.values(v)) buffers(x, out);
  return out;
};
const shares = (v) =>
  ArrayBuffer.isView(v) ? v.buffer instanceof SharedArrayBuffer && v.buffer.byteLength >= ${OWED_SHARED_BYTES}
  : v !== null && typeof v === "object" ? Object.values(v).some((x) => x !== null && typeof x === "object" && shares(x)) : false;
require("node:v8").setFlagsFromString("--expose-gc");
const collect = require("node:vm").runInNewContext("gc");
let owed = false;
const collectOwed = (nextShares) => { if (owed && !nextShares) { owed = false; collect(); } };
// This thread's CPU ms (utime + stime, in the kernel's 100 Hz ticks), or null where /proc has no such file.
const cpuMs = () => {
  try {
    const stat = require("node:fs").readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch { return null; }
};
parentPort.on("message", ({ id, url, name, payload, transfer, collect: after }) => {
  const shared = shares(payload);
  collectOwed(shared);
  const started = name ? cpuMs() : null;
  load(url).then((m) => (name ? m[name](payload) : undefined)).then(
    (value) => {
      const ended = started === null ? null : cpuMs();
      parentPort.postMessage({ id, value, cpuMs: ended === null ? undefined : ended - started }, transfer ? [...buffers(value, new Set())] : []);
    },
    (error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  ).then(() => {
    if (shared) {
      owed = true;
      setTimeout(collectOwed, 0, false);
    } else if (after) setTimeout(collect, 0);
  });
});`;

/** Worker threads: DISTILLSCOPE_THREADS (0 = none), else one per core when there are two or more. */
function threadCount(): number {
  const configured = getEnv().DISTILLSCOPE_THREADS;
  if (configured !== undefined) return configured;
  const cores = availableParallelism();
  return cores >= 2 ? cores : 0;
}

/** Threads of the analysis pool (0: its tasks run on this thread). */
export function analysisThreads(): number {
  return getPool("analysis")?.workers.length ?? 0;
}

export function threadsAvailable(): boolean {
  if (process.env.VITEST) return false;
  return threadCount() >= 1 && (BUILT || process.execArgv.some((a) => a.includes("tsx")));
}

function endPool(name: PoolName, p: Pool): void {
  clearTimeout(p.idle);
  if (pools.get(name) === p) pools.delete(name);
  for (const w of p.workers) void w.terminate();
}

function getPool(name: PoolName): Pool | null {
  const existing = pools.get(name);
  if (existing !== undefined) return existing;
  if (!threadsAvailable()) {
    pools.set(name, null);
    return null;
  }
  const created: Pool = { workers: [], queued: [], held: [], pending: new Map(), seq: 0, affinity: new Map() };
  setFlagsFromString(SYNCHRONOUS_JIT[name] ? "--no-concurrent-recompilation" : "--concurrent-recompilation");
  for (let i = 0; i < threadCount(); i++) {
    const young = YOUNG_GENERATION_MB[name];
    const worker = new Worker(BOOT, { eval: true, resourceLimits: young === null ? undefined : { maxYoungGenerationSizeMb: young } });
    worker.on("message", (m: { id: number; value?: unknown; error?: string; cpuMs?: number }) => {
      const p = created.pending.get(m.id);
      created.pending.delete(m.id);
      if (!p) return;
      if (p.worker >= 0) created.queued[p.worker]--;
      if (m.cpuMs !== undefined) p.onCpuMs?.(m.cpuMs);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.value);
      dispatchHeld(created);
      if (created.closed && p.worker >= 0 && created.queued[p.worker] === 0) retireThread(name, created, p.worker);
      if (created.pending.size > 0 || created.closed) return; // a closed pool's threads are ending: still referenced
      for (const w of created.workers) w.unref();
      const idleMs = IDLE_END_MS[name];
      if (idleMs !== null) created.idle = setTimeout(() => endPool(name, created), idleMs).unref();
    });
    // A thread that dies (out of memory, say) fails what was queued; the next task starts a fresh pool.
    worker.on("error", (error) => {
      for (const p of [...created.pending.values(), ...created.held]) p.reject(error);
      created.pending.clear();
      created.held = [];
      endPool(name, created);
    });
    worker.unref();
    created.workers.push(worker);
    created.queued.push(0);
  }
  pools.set(name, created);
  return created;
}

/**
 * Ends a pool that has nothing to do and resolves once its threads have exited, their memory with them
 * (those of a closed pool too). analyze() ends the fingerprinting threads this way before it starts its own
 * instead of leaving them to the idle timer: the CLI job's peak was both sets of threads alive at once, with
 * the analysis' first arrays.
 */
export async function endIdleThreads(name: PoolName): Promise<void> {
  const p = pools.get(name);
  if (p && p.pending.size === 0 && p.held.length === 0) {
    clearTimeout(p.idle);
    pools.delete(name);
    for (const w of p.workers) endThread(name, w);
  }
  await Promise.all(ending.get(name) ?? []);
}

/**
 * The pool will be given `count` more tasks and no others: after the last is queued, each thread ends as
 * soon as it has nothing queued. The first thread to run out of work gives its memory back while the other
 * finishes (the fingerprinting threads: the CLI job's memory peaks as the last corpora come in). A task
 * after those starts a fresh pool.
 */
export function closeThreadsAfter(name: PoolName, count: number): void {
  if (count > 0) tasksLeft.set(name, count);
}

function closePool(name: PoolName, p: Pool): void {
  if (pools.get(name) === p) pools.delete(name);
  p.closed = true;
  p.workers.forEach((_, i) => {
    if (p.queued[i] === 0) retireThread(name, p, i);
  });
}

/** Ends a closed pool's idle worker; its queue count becomes infinite, so no task is given to it. */
function retireThread(name: PoolName, p: Pool, w: number): void {
  p.queued[w] = Number.POSITIVE_INFINITY;
  endThread(name, p.workers[w]);
}

function endThread(name: PoolName, w: Worker): void {
  const list = ending.get(name) ?? [];
  w.ref(); // an unreferenced thread's exit does not hold the process: whoever awaits it would never resume
  const ended = w.terminate();
  list.push(ended);
  ending.set(name, list);
  void ended.finally(() => list.splice(list.indexOf(ended), 1));
}

/**
 * Starts a pool's threads and loads the modules in each, so a first task does not wait for that. With
 * `warmUp`, each thread then runs that export of every module once (fingerprinting: warmUpFingerprinting).
 */
export function warmThreads(moduleUrls: string[], pool: PoolName = "analysis", warmUp = ""): void {
  const p = getPool(pool);
  if (!p) return;
  p.workers.forEach((_, w) => {
    // A warm-up is an optimisation: one that fails leaves the thread as it was, and the real tasks still run.
    for (const url of moduleUrls) send(p, w, { url, name: warmUp, payload: null, transfer: false, collect: false }, false).catch(() => undefined);
  });
}

/** Queues a task on worker `w`; `counts` is false for warm-up tasks, which do not hold back real ones. */
function send(p: Pool, w: number, task: Task, counts = true): Promise<unknown> {
  clearTimeout(p.idle);
  const id = ++p.seq;
  const { onCpuMs, ...message } = task;
  const result = new Promise<unknown>((resolve, reject) => p.pending.set(id, { resolve, reject, onCpuMs, worker: counts ? w : -1 }));
  if (counts) p.queued[w]++;
  p.workers[w].ref();
  p.workers[w].postMessage({ id, ...message });
  return result;
}

/**
 * Runs `fn(payload)` on a worker thread, or on this thread when threads are unavailable. `fn` must be
 * exported as `name` by the module at `moduleUrl`: a file URL made with `new URL` from a relative path to a
 * .ts file and `import.meta.url` (the build points it at the built module).
 */
export function runOnThread<P, R>(moduleUrl: string, name: string, fn: (payload: P) => R, payload: P, options: ThreadOptions = {}): Promise<Awaited<R>> {
  const poolName = options.pool ?? "analysis";
  const p = getPool(poolName);
  if (!p) return Promise.resolve().then(() => runHere(fn, payload, options.onCpuMs)) as Promise<Awaited<R>>;
  const task: Task = { url: moduleUrl, name, payload, transfer: options.transferResult === true, collect: options.collectAfter === true, onCpuMs: options.onCpuMs };
  const key = options.affinity;
  let result: Promise<unknown>;
  if (ON_DEMAND[poolName]) {
    result = new Promise((resolve, reject) => p.held.push({ task, affinity: key, resolve, reject }));
    dispatchHeld(p);
  } else {
    // The worker with the fewest queued tasks (the first such on ties), unless the task's affinity names one.
    const w = (key !== undefined ? p.affinity.get(key) : undefined) ?? p.queued.indexOf(Math.min(...p.queued));
    if (key !== undefined) p.affinity.set(key, w);
    result = send(p, w, task);
  }
  const left = tasksLeft.get(poolName);
  if (left !== undefined) {
    if (left > 1) tasksLeft.set(poolName, left - 1);
    else {
      tasksLeft.delete(poolName);
      closePool(poolName, p);
    }
  }
  return result as Promise<Awaited<R>>;
}

/** Runs a task on this thread (there are no threads); its CPU is the process' during the call, nearly all this thread's. */
function runHere<P, R>(fn: (payload: P) => R, payload: P, onCpuMs?: (ms: number) => void): R {
  const before = process.cpuUsage();
  const value = fn(payload);
  const used = process.cpuUsage(before);
  onCpuMs?.(Math.round((used.user + used.system) / 1000));
  return value;
}

/** Gives held tasks, in order, to workers with nothing queued: a task with an affinity only to its worker. */
function dispatchHeld(p: Pool): void {
  for (let k = 0; k < p.held.length; k++) {
    const { task, affinity, resolve, reject } = p.held[k];
    const pinned = affinity !== undefined ? p.affinity.get(affinity) : undefined;
    const w = pinned !== undefined ? (p.queued[pinned] === 0 ? pinned : -1) : p.queued.indexOf(0);
    if (w < 0) continue;
    if (affinity !== undefined) p.affinity.set(affinity, w);
    p.held.splice(k--, 1);
    send(p, w, task).then(resolve, reject);
  }
}
