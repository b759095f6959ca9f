import pg from "pg";

// The bench writes to PostgreSQL only inside a database of its own, created here and dropped after. A scratch
// schema would not isolate it: lib/db builds @prisma/adapter-pg without a schema option, so every Prisma query
// names "public" whatever `?schema=` or search_path the URL carries.

/** Runs `work` with the URL of a fresh database on the server of `serverUrl`; null (and a message) when the server cannot be used. */
export async function withScratchPostgres<T>(serverUrl: string, work: (url: string) => T | Promise<T>): Promise<T | null> {
  // Named after the server URL's own database (test_speed → test_speed_bench_…), so a scratch database says whose it is.
  const owner = new URL(serverUrl).pathname.slice(1).replace(/[^a-zA-Z0-9_]/g, "_") || "distillscope";
  const name = `${owner}_bench_${process.pid}_${Date.now().toString(36)}`;
  try {
    await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  } catch (error) {
    console.error(`PostgreSQL at ${redact(serverUrl)}: ${(error as Error).message}: skipped.`);
    return null;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}"`).catch((error: Error) => console.error(`could not drop scratch database ${name}: ${error.message}`));
  }
}

/** One statement through a short-lived connection to the URL's own database (only to create and drop ours). */
async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(serverUrl: string): string {
  const url = new URL(serverUrl);
  if (url.password) url.password = "***";
  return url.toString();
}
