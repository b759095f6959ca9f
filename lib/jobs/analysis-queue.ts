import PgBoss from "pg-boss";
import { getDatabaseTarget } from "@/lib/db/client";

// Analyses are rows with a status; workers claim rows atomically (lib/db/analyses/run-state.ts), so any
// number of worker processes can share one database. On PostgreSQL, pg-boss carries the wake-up: a worker on
// another machine learns of new work at once instead of polling. On SQLite the one in-process worker polls.

export const ANALYSIS_QUEUE = "analysis";

let boss: Promise<PgBoss> | undefined;

export function getBoss(): Promise<PgBoss> | null {
  const target = getDatabaseTarget();
  if (target.provider !== "postgres") return null;
  boss ??= (async () => {
    const instance = new PgBoss({ connectionString: target.url, schema: "pgboss", max: 4 });
    instance.on("error", (error) => console.error("pg-boss:", error.message));
    await instance.start();
    await instance.createQueue(ANALYSIS_QUEUE);
    return instance;
  })();
  boss.catch(() => {
    boss = undefined;
  });
  return boss;
}

export async function notifyAnalysisQueued(analysisId: string): Promise<void> {
  const pending = getBoss();
  if (!pending) return;
  const instance = await pending;
  await instance.send(ANALYSIS_QUEUE, { analysisId }, { retryLimit: 0, expireInSeconds: 60 * 60 });
}

export async function stopBoss(): Promise<void> {
  const pending = boss;
  boss = undefined;
  if (pending) await (await pending).stop({ graceful: false, wait: true }).catch(() => undefined);
}
