// `npm start`: the production web server on every core. One `next start` answers on one core, so under many
// concurrent readers the results page queued behind itself; node:cluster shares the port between
// DISTILLSCOPE_WEB_PROCESSES copies (default: one per core, at most 4). The first copy starts the job worker
// child (DISTILLSCOPE_WORKER=inline); the others ask it for wake-ups through this primary.
import cluster from "node:cluster";
import http from "node:http";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";

const WAKE_MESSAGE = "distillscope:wake"; // lib/jobs/wake-workers.ts
const raw = process.env.DISTILLSCOPE_WEB_PROCESSES?.trim();
const count = raw ? Number(raw) : Math.min(availableParallelism(), 4);
if (!Number.isInteger(count) || count < 1 || count > 64) {
  console.error(`DISTILLSCOPE_WEB_PROCESSES must be a whole number from 1 to 64 (got "${raw}"). Unset it for one process per core.`);
  process.exit(1);
}
const rawRenders = process.env.DISTILLSCOPE_WARMUP_RENDERS?.trim();
const WARMUP_RENDERS = rawRenders ? Number(rawRenders) : 60; // renders of /example per web process at start (warmUp below)
if (!Number.isInteger(WARMUP_RENDERS) || WARMUP_RENDERS < 0) {
  console.error(`DISTILLSCOPE_WARMUP_RENDERS must be a whole number of renders, 0 to turn the warm-up off (got "${rawRenders}").`);
  process.exit(1);
}
const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
// Each process compiles its hot code itself: under a burst every core serves pages, and a compile queued
// for V8's background thread waited for a core while the page code ran unoptimised (bench:load, alternating
// runs: the first burst's p95 and the CPU per page both lower).
cluster.setupPrimary({ exec: next, args: ["start", ...process.argv.slice(2)], execArgv: [...process.execArgv, "--no-concurrent-recompilation"] });

let stopping = false;
const slots = new Map(); // cluster worker id → slot
const fork = (slot) => {
  // Only slot 0 may start the job worker; the others never do, whatever the setting.
  const worker = cluster.fork({ DISTILLSCOPE_WEB_SLOT: String(slot), ...(slot === 0 ? {} : { DISTILLSCOPE_WORKER: "off" }) });
  slots.set(worker.id, slot);
};
for (let slot = 0; slot < count; slot++) fork(slot);

cluster.on("message", (from, message) => {
  if (message !== WAKE_MESSAGE) return;
  for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker !== from) worker.send(WAKE_MESSAGE);
});
const listening = new Set(); // worker ids that got as far as serving
cluster.on("listening", (worker, address) => {
  listening.add(worker.id);
  // Once every process serves: the first ones, RENDERS each; a process started again later, RENDERS.
  if (listening.size === count) warmUp(address, warmed ? WARMUP_RENDERS : WARMUP_RENDERS * count);
});

// A fresh process runs its page code unoptimised: the first burst of readers took ~40% longer than the next
// (bench:load). So each process renders the example results page (app/example) a few times first, one
// request at a time on connections of their own (node:cluster deals them out in turn), in the background.
let warmed = false;
let warming = Promise.resolve();
function warmUp(address, renders) {
  warmed = true;
  const host = !address.address || address.address === "::" || address.address === "0.0.0.0" ? "127.0.0.1" : address.address;
  const get = () =>
    new Promise((resolve) => {
      const req = http.get({ host, port: address.port, path: "/example", agent: false }, (res) => res.resume().on("end", resolve).on("error", resolve));
      req.on("error", resolve); // a warm-up that fails costs nothing but its own time
    });
  warming = warming.then(async () => {
    for (let i = 0; i < renders && !stopping; i++) await get();
  });
}
cluster.on("exit", (worker, code, signal) => {
  const slot = slots.get(worker.id);
  slots.delete(worker.id);
  if (stopping) return;
  // One that never served (no build, bad option, port taken) would fail the same way again: stop, with its code.
  if (!listening.delete(worker.id)) {
    console.error(`web process ${slot} could not start (${signal ?? code}); stopping.`);
    stop("SIGTERM", typeof code === "number" && code !== 0 ? code : 1);
    return;
  }
  console.error(`web process ${slot} exited (${signal ?? code}); starting it again`);
  setTimeout(() => fork(slot), 1000);
});
function stop(signal, exitCode = 0) {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  setTimeout(() => process.exit(exitCode), 10_000).unref();
  const done = () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(exitCode);
  cluster.on("exit", done);
  done();
}
process.once("SIGTERM", () => stop("SIGTERM"));
process.once("SIGINT", () => stop("SIGINT"));
