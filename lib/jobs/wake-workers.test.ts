import { fork } from "node:child_process";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { wakeWorkers } from "./wake-workers";

// The web server's worker child is woken through its IPC channel: on SQLite there is no NOTIFY, and a job
// queued by the server would otherwise wait for the child's next poll.

const holder = globalThis as typeof globalThis & { __distillscopeWorker?: import("node:child_process").ChildProcess };
afterEach(() => {
  holder.__distillscopeWorker?.kill();
  holder.__distillscopeWorker = undefined;
});

it("wakes the server's worker child at once, through its IPC channel", async () => {
  const child = fork(path.join(__dirname, "wake-workers.fixture.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, DATABASE_URL: "file:./data/never-opened.db" },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  holder.__distillscopeWorker = child;
  const said = (what: string) => new Promise<void>((resolve) => child.on("message", (m) => m === what && resolve()));
  await said("listening");
  const woken = said("woken");
  const started = Date.now();
  await wakeWorkers();
  await woken;
  expect(Date.now() - started).toBeLessThan(1000); // no poll in between: the fixture never polls
});
