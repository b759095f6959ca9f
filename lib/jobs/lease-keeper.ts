import { Worker } from "node:worker_threads";
import { getDatabaseTarget } from "@/lib/db/client";

// The heartbeat runs on a thread of its own, with its own database connection: an analysis or a parse can
// hold the main thread for many seconds, and a lease must not lapse while its worker is alive and working
// (another worker would start the same job). When the process dies, so does this thread, and the lease lapses.
// A renewal that finds the job no longer held by this attempt (the reaper failed it, a deletion cancelled it)
// tells the main thread, which aborts the attempt.

const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const held = new Map();
let renew;
if (workerData.provider === "sqlite") {
  const db = new (require("better-sqlite3"))(workerData.file, { timeout: 15000 });
  // Prisma's SQLite adapter keeps DateTime as ISO-8601 text with +00:00 (compared as text by its queries).
  const stmt = db.prepare('UPDATE "Job" SET "leaseExpiresAt" = ? WHERE "id" = ? AND "status" = \\'running\\' AND "leaseOwner" = ?');
  renew = async (id, holder, until) => stmt.run(new Date(until).toISOString().replace("Z", "+00:00"), id, holder).changes;
} else {
  const pool = new (require("pg").Pool)({ connectionString: workerData.url, max: 1 });
  pool.on("error", () => undefined);
  renew = async (id, holder, until) =>
    (await pool.query('UPDATE "Job" SET "leaseExpiresAt" = ($1::timestamptz AT TIME ZONE \\'UTC\\') WHERE "id" = $2 AND "status" = \\'running\\' AND "leaseOwner" = $3', [new Date(until).toISOString(), id, holder])).rowCount;
}
const beat = async (id) => {
  const job = held.get(id);
  if (!job) return;
  try {
    if ((await renew(id, job.holder, Date.now() + job.leaseMs)) === 0 && held.has(id)) {
      held.delete(id);
      clearInterval(job.timer);
      parentPort.postMessage({ op: "lost", id });
    }
  } catch (error) {
    // The database is unreachable for a moment: the next beat tries again (the lease has two more beats of room).
  }
};
parentPort.on("message", (m) => {
  if (m.op === "hold") {
    const timer = setInterval(() => beat(m.id), Math.max(100, m.leaseMs / 3));
    held.set(m.id, { holder: m.holder, leaseMs: m.leaseMs, timer });
  } else if (m.op === "drop") {
    const job = held.get(m.id);
    if (job) clearInterval(job.timer);
    held.delete(m.id);
  }
});
`;

export type LeaseKeeper = { hold: (jobId: string, holder: string, leaseMs: number, onLost: () => void) => void; drop: (jobId: string) => void; stop: () => Promise<void> };

export function startLeaseKeeper(): LeaseKeeper {
  const target = getDatabaseTarget();
  const worker = new Worker(THREAD, { eval: true, workerData: target.provider === "sqlite" ? { provider: "sqlite", file: target.file } : { provider: "postgres", url: target.url } });
  worker.unref();
  worker.on("error", (error) => console.error("lease keeper stopped:", error.message));
  const lost = new Map<string, () => void>();
  worker.on("message", (m: { op: string; id: string }) => {
    if (m.op !== "lost") return;
    lost.get(m.id)?.();
    lost.delete(m.id);
  });
  return {
    hold: (jobId, holder, leaseMs, onLost) => {
      lost.set(jobId, onLost);
      worker.postMessage({ op: "hold", id: jobId, holder, leaseMs });
    },
    drop: (jobId) => {
      lost.delete(jobId);
      worker.postMessage({ op: "drop", id: jobId });
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}
