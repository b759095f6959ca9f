// Runs once when the server starts: check the environment (a bad value stops the server with a message
// naming it), migrate the database, then start the analysis worker.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/server/check-environment")).exitOnBadEnvironment();
  const { getDb } = await import("./lib/db/client");
  await getDb();
  const { startBackgroundWorker } = await import("./lib/jobs/start-background-worker");
  startBackgroundWorker();
}
