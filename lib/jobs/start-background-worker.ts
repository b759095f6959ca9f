import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { getEnv } from "@/lib/env";

// The web server runs analyses in a child process: CPU-heavy work never blocks page requests, and a crash
// in an analysis does not take the server down. The child exits when the server does (IPC disconnect).

const holder = globalThis as typeof globalThis & { __distillscopeWorker?: ChildProcess };

export function startBackgroundWorker(): void {
  if (getEnv().DISTILLSCOPE_WORKER === "off" || holder.__distillscopeWorker) return;
  let restarts = 0;
  const start = () => {
    // node itself on the built CLI (`npm run build` and postinstall write dist/), not a wrapper that would
    // sit between us and the IPC channel and outlive a killed server.
    const child = spawn(process.execPath, [path.join(process.cwd(), "dist", "cli.js"), "worker"], {
      cwd: process.cwd(),
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: process.env,
    });
    holder.__distillscopeWorker = child;
    child.on("exit", (code, signal) => {
      holder.__distillscopeWorker = undefined;
      if (signal === "SIGTERM" || signal === "SIGINT" || restarts >= 5) return;
      restarts += 1;
      console.error(`analysis worker exited (${code ?? signal}); restarting`);
      setTimeout(start, 1000 * restarts);
    });
  };
  start();
  const stop = () => holder.__distillscopeWorker?.kill("SIGTERM");
  process.once("exit", stop);
}
