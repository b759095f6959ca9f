import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import { resolveDatabase, type DatabaseTarget } from "./database-url";
import { migrateDatabase } from "./migrate";
import { PrismaBetterSQLite3Immediate } from "./sqlite-adapter";

// Both generated clients share one API; the SQLite one is the canonical type.
export type Db = PrismaClient;

type Holder = { db?: Promise<Db>; target?: DatabaseTarget };
const holder = globalThis as typeof globalThis & { __distillscopeDb?: Holder };
const state: Holder = (holder.__distillscopeDb ??= {});

// Prisma's defaults (2 s to start a transaction, 5 s to commit it) failed short transactions on a busy
// 2-core machine (queueing an upload: 13 s under a full test run, answered with a 500). A transaction
// that lasts too long still ends, only later; the few long ones set their own timeout.
const transactionOptions = { maxWait: 15_000, timeout: 30_000 };

function createClient(target: DatabaseTarget): Db {
  if (target.provider === "postgres") {
    const adapter = new PrismaPg({ connectionString: target.url, max: 10 });
    return new PostgresPrismaClient({ adapter, transactionOptions }) as unknown as Db;
  }
  const adapter = new PrismaBetterSQLite3Immediate({ url: target.file, timeout: 15_000 });
  return new PrismaClient({ adapter, transactionOptions });
}

/** The one Prisma client of this process, created and migrated on first use. */
export function getDb(): Promise<Db> {
  state.db ??= (async () => {
    const target = resolveDatabase();
    await migrateDatabase(target);
    state.target = target;
    return createClient(target);
  })();
  state.db.catch(() => {
    state.db = undefined;
  });
  return state.db;
}

export function getDatabaseTarget(): DatabaseTarget {
  return state.target ?? resolveDatabase();
}

export async function disconnectDb(): Promise<void> {
  const { closeDriver } = await import("./driver-connection");
  await closeDriver();
  const pending = state.db;
  state.db = undefined;
  if (pending) await (await pending).$disconnect();
}
