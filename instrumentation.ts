// Runs once when the server starts: check the environment (a bad value stops the server with a message
// naming it), migrate the database, then start the analysis worker.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { EnvError, getEnv } = await import("./lib/env");
  try {
    getEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Distillscope cannot start. ${error.message}`);
    process.exit(1);
  }
  const { getDb } = await import("./lib/db/client");
  await getDb();
  const { startBackgroundWorker } = await import("./lib/jobs/start-background-worker");
  startBackgroundWorker();
}
