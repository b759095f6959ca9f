import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { BATCH_NODE_FLAGS } from "./batch-node-flags";
import { WAKE_MESSAGE } from "./wake-workers";
import { workerProcessEnv } from "./worker-process-env";

// A one-machine install (DISTILLSCOPE_WORKER=inline) runs the job worker in a child process of the web
// server: ingests, fingerprints and analyses never block page requests, and a crash in one does not take the
// server down. The child exits when the server does (IPC disconnect). Teams run `npm run worker` instead.

const holder = globalThis as typeof globalThis & { __distillscopeWorker?: ChildProcess };

export function startBackgroundWorker(): void {
  if (getEnv().DISTILLSCOPE_WORKER === "off" || holder.__distillscopeWorker) return;
  let restarts = 0;
  const start = () => {
    // node itself on the built CLI (`npm run build` and postinstall write dist/), not a wrapper that would
    // sit between us and the IPC channel and outlive a killed server.
    const child = spawn(process.execPath, [...BATCH_NODE_FLAGS, path.join(process.cwd(), "dist", "cli.js"), "worker"], {
      cwd: process.cwd(),
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: workerProcessEnv(process.env),
    });
    holder.__distillscopeWorker = child;
    child.on("exit", (code, signal) => {
      holder.__distillscopeWorker = undefined;
      if (signal === "SIGTERM" || signal === "SIGINT" || restarts >= 5) return;
      restarts += 1;
      console.error(`job worker exited (${code ?? signal}); restarting`);
      setTimeout(start, 1000 * restarts);
    });
  };
  start();
  // Wake-ups from `npm start`'s other web processes arrive through the cluster primary.
  if (process.env.DISTILLSCOPE_WEB_SLOT && process.send) {
    process.on("message", (message) => message === WAKE_MESSAGE && holder.__distillscopeWorker?.connected && holder.__distillscopeWorker.send(WAKE_MESSAGE));
  }
  const stop = () => holder.__distillscopeWorker?.kill("SIGTERM");
  process.once("exit", stop);
}
