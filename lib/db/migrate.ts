import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "./database-url";

// Applies prisma/migrations/<provider>/*/migration.sql in order, once each, recorded in
// _distillscope_migrations. We do not use `prisma migrate deploy`: through @prisma/adapter-pg 6.19 it fails
// on PostgreSQL ("Column type 'name' could not be deserialized", prisma/prisma issue 27403), and pg's
// executeScript splits on every ";". Each migration runs in one transaction, so a failure leaves no trace.

const LEDGER = `CREATE TABLE IF NOT EXISTS "_distillscope_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`;

export type Migration = { name: string; sql: string };

export function listMigrations(provider: DatabaseTarget["provider"], root = process.cwd()): Migration[] {
  const dir = path.join(root, "prisma", "migrations", provider);
  if (!existsSync(dir)) throw new Error(`No migrations folder at ${dir}: run from the project root.`);
  return readdirSync(dir)
    .filter((name) => /^\d{14}_/.test(name))
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

export async function migrateDatabase(target: DatabaseTarget): Promise<string[]> {
  const migrations = listMigrations(target.provider);
  return target.provider === "sqlite" ? migrateSqliteRetrying(target.file, migrations) : migratePostgres(target.url, migrations);
}

type SqliteWaits = { busyTimeoutMs?: number; giveUpAfterMs?: number };
const isBusy = (error: unknown) => String((error as { code?: unknown })?.code ?? "").startsWith("SQLITE_BUSY");

/**
 * migrateSqlite, tried again while the database is busy. Processes that start together (the web processes,
 * the worker) all migrate, and SQLite answers some of them SQLITE_BUSY at once, without waiting its busy
 * timeout: when waiting could deadlock, or while another connection converts the file to WAL or cleans up
 * after its last close. A web process whose start failed that way never served (Next keeps the failed
 * start). Every step is idempotent, so it simply runs again.
 */
export async function migrateSqliteRetrying(file: string, migrations: Migration[], waits: SqliteWaits = {}): Promise<string[]> {
  const giveUpAt = Date.now() + (waits.giveUpAfterMs ?? 60_000);
  for (let attempt = 1; ; attempt++) {
    try {
      return migrateSqlite(file, migrations, waits.busyTimeoutMs);
    } catch (error) {
      if (!isBusy(error) || Date.now() >= giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt) * (0.5 + Math.random())));
    }
  }
}

export function migrateSqlite(file: string, migrations: Migration[], busyTimeoutMs = 15_000): string[] {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    // Converting to WAL takes an exclusive lock; a file another process converted already needs none.
    if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
    // Prisma redefines a SQLite table (create new, copy, DROP old) to add a foreign key. Its migration says
    // PRAGMA foreign_keys=OFF, but that pragma is a no-op inside a transaction: with keys on, the DROP would
    // cascade and delete every child row (all documents of every corpus). So keys go off for the whole run,
    // and foreign_key_check verifies each migration before it commits.
    db.pragma("foreign_keys = OFF");
    db.exec(LEDGER);
    const applied: string[] = [];
    // IMMEDIATE takes the write lock first, so two processes starting together do not both migrate.
    const apply = db.transaction((m: Migration) => {
      if (db.prepare(`SELECT 1 FROM "_distillscope_migrations" WHERE "name" = ?`).get(m.name)) return;
      db.exec(m.sql);
      const broken = db.pragma("foreign_key_check") as unknown[];
      if (broken.length > 0) throw new Error(`Migration ${m.name} leaves ${broken.length} row(s) with a broken foreign key.`);
      db.prepare(`INSERT INTO "_distillscope_migrations" ("name", "appliedAt") VALUES (?, ?)`).run(m.name, new Date().toISOString());
      applied.push(m.name);
    });
    for (const m of migrations) apply.immediate(m);
    return applied;
  } finally {
    db.close();
  }
}

export async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One migrator at a time across processes and machines.
    await client.query("SELECT pg_advisory_lock(724019)");
    await client.query(LEDGER);
    const done = new Set((await client.query(`SELECT "name" FROM "_distillscope_migrations"`)).rows.map((r) => r.name as string));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql); // simple query protocol: the whole script in one round trip
        await client.query(`INSERT INTO "_distillscope_migrations" ("name", "appliedAt") VALUES ($1, $2)`, [m.name, new Date().toISOString()]);
        await client.query("COMMIT");
        applied.push(m.name);
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock(724019)").catch(() => undefined);
    await client.end();
  }
}
