// Runs once when the server starts: check the environment and open the database (either failing stops the
// server with a message naming the problem), then start the analysis worker.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitOnBadEnvironment, openDatabaseOrExit } = await import("./lib/server/check-environment");
  exitOnBadEnvironment();
  await openDatabaseOrExit();
  const { startBackgroundWorker } = await import("./lib/jobs/start-background-worker");
  startBackgroundWorker();
}
