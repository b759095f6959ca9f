import { EnvError, getEnv } from "@/lib/env";

/** At start (server, `npm run setup`): a bad environment variable ends the process with a message naming it. */
export function exitOnBadEnvironment(): void {
  try {
    getEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Distillscope cannot start. ${error.message}`);
    process.exit(1);
  }
}

/**
 * At server start: open and migrate the database, or end the process saying which one failed. Next keeps a
 * failed start and answers every request with its error; stopping lets scripts/start-server.mjs report it
 * (or start again a copy that had served).
 */
export async function openDatabaseOrExit(): Promise<void> {
  const { getDb, getDatabaseTarget } = await import("@/lib/db/client");
  try {
    await getDb();
    await (await import("@/lib/db/driver-connection")).openPageReadConnections();
  } catch (error) {
    const target = getDatabaseTarget();
    const where = target.provider === "sqlite" ? target.file : "the PostgreSQL database in DATABASE_URL";
    console.error(`Distillscope cannot start: the database (${where}) could not be opened and migrated. ${(error as Error).message}`);
    process.exit(1);
  }
}
