// Runs once when the server starts: migrate the database, then start the analysis worker.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./lib/db/client");
  await getDb();
  const { startBackgroundWorker } = await import("./lib/jobs/start-background-worker");
  startBackgroundWorker();
}
