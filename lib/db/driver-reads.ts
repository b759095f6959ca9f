import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import pg from "pg";
import { getDriver } from "./driver-connection";

// Reads made on every page request (the signed-in user, their workspaces, an analysis row, its share links)
// go through the direct driver. Prisma 6.19's client engine compiles every query to a plan in WebAssembly
// first: 0.5–1 ms of CPU per query, against 0.02–0.15 ms through the driver. Seven of them were a fifth of the
// results page's server time under load (bench/load-results.ts). The SQL is written once for both databases:
// double-quoted names and `?` placeholders, numbered here for PostgreSQL. Rows come back as each driver gives
// them; toDate and toBool even out what differs (SQLite keeps DateTime as ISO text and booleans as 0/1).

type Param = string | number | null;
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
const named = new Map<string, { name: string; text: string }>();

// Prisma writes DateTime to PostgreSQL as `timestamp(3)` (no zone) in UTC; pg would read it in local time.
const readTimestampAsUtc = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const types = { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === pg.types.builtins.TIMESTAMP ? readTimestampAsUtc : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };

/** Every row of one read. */
export async function readRows<T>(sql: string, params: Param[]): Promise<T[]> {
  const driver = await getDriver();
  if (driver.provider === "sqlite") {
    let cache = statements.get(driver.db);
    if (!cache) statements.set(driver.db, (cache = new Map()));
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = driver.db.prepare(sql)));
    return statement.all(...params) as T[];
  }
  let prepared = named.get(sql);
  if (!prepared) {
    let n = 0;
    // Named: each pooled connection parses and plans it once, not at every request.
    prepared = { name: `ds_${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`, text: sql.replace(/\?/g, () => `$${++n}`) };
    named.set(sql, prepared);
  }
  return (await driver.pool.query({ ...prepared, values: params, types })).rows as T[];
}

export async function readRow<T>(sql: string, params: Param[]): Promise<T | null> {
  return (await readRows<T>(sql, params))[0] ?? null;
}

/** A DateTime column as read by either driver. */
export function toDate(value: string | number | Date | null): Date | null {
  return value === null ? null : value instanceof Date ? value : new Date(value);
}

/** A Boolean column as read by either driver (SQLite: 0 or 1). */
export const toBool = (value: boolean | number): boolean => Boolean(value);
