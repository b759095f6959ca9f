// Runs once when the server starts: check the environment (a bad value stops the server with a message
// naming it), migrate the database, then start the analysis worker.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/server/check-environment")).exitOnBadEnvironment();
  const { getDb, getDatabaseTarget } = await import("./lib/db/client");
  try {
    await getDb();
  } catch (error) {
    // Next keeps a failed start and answers every request with its error: a server that cannot reach its
    // database stops instead, saying why (scripts/start-server.mjs starts a copy that had served again).
    const target = getDatabaseTarget();
    const where = target.provider === "sqlite" ? target.file : "the PostgreSQL database in DATABASE_URL";
    console.error(`Distillscope cannot start: the database (${where}) could not be opened and migrated. ${(error as Error).message}`);
    process.exit(1);
  }
  const { startBackgroundWorker } = await import("./lib/jobs/start-background-worker");
  startBackgroundWorker();
}
