import Database from "better-sqlite3";
import pg from "pg";
import { getDatabaseTarget, getDb } from "./client";
import { sqliteTransactionsIdle, sqliteTransactionsOpen } from "./sqlite-adapter";

// Direct driver connections for the few operations Prisma's driver adapters make slow: bulk document
// inserts (createMany moves ~2 MB/s), feature blobs (the adapters turn every byte of a Bytes column
// into a JS number, ~0.15 s per 6 MB fingerprint each way) and the reads every page request makes
// (driver-reads.ts). Everything else goes through Prisma.
//
// On PostgreSQL every use of this pool is one statement of about a millisecond, so a few connections serve
// dozens of pages at once. They are kept open: a new connection cost ~25 ms of CPU on a 2-core machine
// (mostly the server's new backend), and with ten allowed and closed when idle, a first burst of 50 readers
// opened ten per web process while it was served (bench:load: the first burst's p95 was lower in each of
// three alternating pairs with four kept). A web process opens them as it starts (openPageReadConnections).
const POSTGRES_CONNECTIONS = 4;

export type Driver = { provider: "sqlite"; db: Database.Database } | { provider: "postgres"; pool: pg.Pool };

const holder = globalThis as typeof globalThis & { __distillscopeDriver?: { key: string; driver: Driver } };

/** The process' direct connection to the same database as getDb() (migrated first). */
export async function getDriver(): Promise<Driver> {
  await getDb();
  const target = getDatabaseTarget();
  const key = target.provider === "sqlite" ? target.file : target.url;
  const held = holder.__distillscopeDriver;
  if (held?.key === key) return held.driver;
  // Checked and replaced in one step: with an await between the two, a dozen first calls made together (the
  // features of a 12-corpus analysis) each opened a pool of their own and left it open.
  const driver: Driver =
    target.provider === "sqlite"
      ? { provider: "sqlite", db: new Database(target.file, { timeout: 15_000 }) }
      : {
          provider: "postgres",
          // allowExitOnIdle: the kept connections do not hold a finished process (a CLI command) open.
          pool: new pg.Pool({ connectionString: target.url, max: POSTGRES_CONNECTIONS, min: POSTGRES_CONNECTIONS, allowExitOnIdle: true }),
        };
  holder.__distillscopeDriver = { key, driver };
  if (held) await closeHeld(held.driver);
  return driver;
}

/**
 * For a write through the driver: on SQLite it waits until no Prisma transaction of this process is open
 * (sqlite-adapter.ts), then starts `write` in the same tick, so none can begin in between.
 */
export async function writeWithDriver<T>(write: (driver: Driver) => T | Promise<T>): Promise<T> {
  const driver = await getDriver();
  if (driver.provider === "sqlite") while (sqliteTransactionsOpen()) await sqliteTransactionsIdle();
  return write(driver);
}

/** Opens the PostgreSQL pool's connections now, for a web process about to serve pages (no-op on SQLite). */
export async function openPageReadConnections(): Promise<void> {
  const driver = await getDriver();
  if (driver.provider !== "postgres") return;
  const clients = await Promise.all(Array.from({ length: POSTGRES_CONNECTIONS }, () => driver.pool.connect()));
  for (const client of clients) client.release();
}

export async function closeDriver(): Promise<void> {
  const held = holder.__distillscopeDriver;
  holder.__distillscopeDriver = undefined;
  if (held) await closeHeld(held.driver);
}

async function closeHeld(driver: Driver): Promise<void> {
  if (driver.provider === "sqlite") driver.db.close();
  else await driver.pool.end();
}
