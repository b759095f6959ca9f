import pg from "pg";

// Database tests start from an empty schema: the test database is dedicated to them.
export default async function resetPostgres(): Promise<void> {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) return;
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`Refusing to reset a non-local database (${host}).`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS pgboss CASCADE;");
  await client.end();
}
