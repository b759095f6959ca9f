// Node flags for the processes that fingerprint and analyse in bulk: the CLI (`npm run cli`) and the job
// worker (`npm run worker`, the server's worker child). They run a few seconds of CPU-bound work on every
// core at once, where V8's defaults cost them in two places (`perf record` and `node --trace-opt` on the
// 12-corpus CLI job, 2 cores):
// - its helper threads took a large share of the job's CPU, much of it marking and sweeping the heaps
//   beside the threads doing the work; with `--single-threaded-gc` each thread collects its own heap;
// - optimising compilation (TurboFan) took another large share, much of it for functions that ran only
//   briefly; an interrupt budget 8× V8's optimises only code that stays hot;
// - with `--no-incremental-marking` a full collection marks in one pause rather than in steps between the
//   work's (which run with the marking write barrier on).
// `npm run bench` times the CLI job with and without them (docs/benchmarks.md has the figures).
// V8 reads them as the process starts: changing the GC flags later aborts the process, so they go on the
// command line, not into v8.setFlagsFromString. The web server keeps V8's defaults.

export const BATCH_NODE_FLAGS = ["--single-threaded-gc", "--interrupt-budget=524288", "--no-incremental-marking"] as const;
