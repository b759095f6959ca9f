import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import { resolveDatabase, type DatabaseTarget } from "./database-url";
import { migrateDatabase } from "./migrate";

// Both generated clients share one API; the SQLite one is the canonical type.
export type Db = PrismaClient;

type Holder = { db?: Promise<Db>; target?: DatabaseTarget };
const holder = globalThis as typeof globalThis & { __distillscopeDb?: Holder };
const state: Holder = (holder.__distillscopeDb ??= {});

function createClient(target: DatabaseTarget): Db {
  if (target.provider === "postgres") {
    const adapter = new PrismaPg({ connectionString: target.url, max: 10 });
    return new PostgresPrismaClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSQLite3({ url: target.file, timeout: 15_000 });
  return new PrismaClient({ adapter });
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
