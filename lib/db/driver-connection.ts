import Database from "better-sqlite3";
import pg from "pg";
import { getDatabaseTarget, getDb } from "./client";

// Direct driver connections for the few operations Prisma's driver adapters make slow: bulk document
// inserts (createMany moves ~2 MB/s), feature blobs (the adapters turn every byte of a Bytes column
// into a JS number, ~0.15 s per 6 MB fingerprint each way) and the reads every page request makes
// (driver-reads.ts). Everything else goes through Prisma. The PostgreSQL pool has as many connections as
// Prisma's (10): a web process serves dozens of pages at once, and each page's reads go through it.

export type Driver = { provider: "sqlite"; db: Database.Database } | { provider: "postgres"; pool: pg.Pool };

const holder = globalThis as typeof globalThis & { __distillscopeDriver?: { key: string; driver: Driver } };

/** The process' direct connection to the same database as getDb() (migrated first). */
export async function getDriver(): Promise<Driver> {
  await getDb();
  const target = getDatabaseTarget();
  const key = target.provider === "sqlite" ? target.file : target.url;
  if (holder.__distillscopeDriver?.key === key) return holder.__distillscopeDriver.driver;
  await closeDriver();
  const driver: Driver =
    target.provider === "sqlite"
      ? { provider: "sqlite", db: new Database(target.file, { timeout: 15_000 }) }
      : { provider: "postgres", pool: new pg.Pool({ connectionString: target.url, max: 10 }) };
  holder.__distillscopeDriver = { key, driver };
  return driver;
}

export async function closeDriver(): Promise<void> {
  const held = holder.__distillscopeDriver;
  holder.__distillscopeDriver = undefined;
  if (!held) return;
  if (held.driver.provider === "sqlite") held.driver.db.close();
  else await held.driver.pool.end();
}
