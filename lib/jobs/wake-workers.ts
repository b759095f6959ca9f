import type { ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import pg from "pg";
import { getDatabaseTarget } from "@/lib/db/client";
import { getDriver } from "@/lib/db/driver-connection";

// Wake-ups only: the Job table is the queue of record, and a worker that misses a wake-up finds the job at
// its next poll. On PostgreSQL, NOTIFY reaches workers on every machine at once; in one process (tests, the
// CLI) an event does; the web server's own worker child (start-background-worker.ts) gets a message on its
// IPC channel, so on SQLite a job the server queues starts at once too (from `npm start`'s other web
// processes through the cluster primary). Other workers poll.

const CHANNEL = "distillscope_jobs";
export const WAKE_MESSAGE = "distillscope:wake";
const local = new EventEmitter();
local.setMaxListeners(100);
const holder = globalThis as typeof globalThis & { __distillscopeWorker?: ChildProcess };

/** Tells workers there is new work (after the job row is committed). Never throws: polling is the fallback. */
export async function wakeWorkers(): Promise<void> {
  local.emit("wake");
  const child = holder.__distillscopeWorker;
  if (child?.connected) child.send(WAKE_MESSAGE, (error) => error && console.error("could not wake the worker child:", error.message));
  // One of `npm start`'s web processes without the child (scripts/start-server.mjs): the primary passes it on.
  else if (process.env.DISTILLSCOPE_WEB_SLOT && process.send) process.send(WAKE_MESSAGE);
  if (getDatabaseTarget().provider !== "postgres") return;
  try {
    const driver = await getDriver();
    if (driver.provider === "postgres") await driver.pool.query(`SELECT pg_notify($1, '')`, [CHANNEL]);
  } catch (error) {
    console.error("could not wake workers:", (error as Error).message);
  }
}

/** Calls `onWake` whenever work is announced, until `signal` aborts. */
export async function listenForWork(onWake: () => void, signal?: AbortSignal): Promise<void> {
  local.on("wake", onWake);
  const onMessage = (message: unknown) => message === WAKE_MESSAGE && onWake();
  if (process.send) process.on("message", onMessage); // a worker child of the web server
  signal?.addEventListener(
    "abort",
    () => {
      local.off("wake", onWake);
      process.off("message", onMessage);
    },
    { once: true },
  );
  const target = getDatabaseTarget();
  if (target.provider !== "postgres") return;
  let client: pg.Client | null = null;
  const connect = async () => {
    if (signal?.aborted) return;
    const c = new pg.Client({ connectionString: target.url });
    c.on("notification", () => onWake());
    c.on("error", () => {
      // The connection dropped: listen again shortly (polls cover the gap).
      client = null;
      c.end().catch(() => undefined);
      setTimeout(() => void connect().catch(() => undefined), 2000).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
    if (signal?.aborted) await c.end().catch(() => undefined);
  };
  signal?.addEventListener("abort", () => void client?.end().catch(() => undefined), { once: true });
  await connect().catch((error) => console.error("could not listen for jobs:", (error as Error).message));
}
