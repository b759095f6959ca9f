import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Two fixes to Prisma's better-sqlite3 adapter (6.19), which runs everything on one connection:
// - It opens transactions with a deferred BEGIN. A transaction that reads before it writes must then upgrade
//   its lock, and in WAL mode the upgrade fails at once with SQLITE_BUSY_SNAPSHOT (no busy timeout applies)
//   when another process, such as the job worker, committed in between: a sign-up answered 500 that way.
//   BEGIN IMMEDIATE takes the write lock first and waits its turn. Every transaction here writes.
// - Its lock orders transactions only among themselves: a query from another request, issued while a
//   transaction is open, ran inside it, so that transaction's rollback took the other request's answered
//   write with it. Queries outside a transaction now wait until none is open or waiting to open, and so do
//   the driver connection's writes (sqliteTransactionsOpen).

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Connection = { prepare: (sql: string) => unknown };

function beginImmediately(adapter: Adapter): void {
  const client = (adapter as unknown as { client?: Partial<Connection> }).client;
  if (typeof client?.prepare !== "function") {
    throw new Error("@prisma/adapter-better-sqlite3 no longer keeps its connection in `client`: update lib/db/sqlite-adapter.ts.");
  }
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
}

// Open (or waiting) transactions of this process, on globalThis like the client itself: the server's bundles
// may load this module more than once, and the driver connection's writes must see the same count.
type Gate = { open: number; idle: Promise<void>; wake: () => void };
const holder = globalThis as typeof globalThis & { __distillscopeSqliteTransactions?: Gate };
const gate: Gate = (holder.__distillscopeSqliteTransactions ??= { open: 0, idle: Promise.resolve(), wake: () => {} });

const enter = () => {
  if (gate.open++ === 0) gate.idle = new Promise<void>((resolve) => (gate.wake = resolve));
};
const leave = () => {
  if (--gate.open === 0) gate.wake();
};

/**
 * Whether a transaction of this process is open or waiting to open (sqliteTransactionsIdle resolves when none
 * is). A write on another connection to the same file (driver-connection.ts) waits for none: while a
 * transaction holds the write lock, that connection's synchronous busy wait would block the very event loop
 * the transaction needs to finish. Write in the same tick as the last check, as writeWithDriver does.
 */
export function sqliteTransactionsOpen(): boolean {
  return gate.open > 0;
}
export const sqliteTransactionsIdle = (): Promise<void> => gate.idle;

function keepQueriesOutOfTransactions(adapter: Adapter): void {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    enter();
    let tx: Awaited<ReturnType<Adapter["startTransaction"]>>;
    try {
      tx = await start(isolationLevel);
    } catch (error) {
      leave();
      throw error;
    }
    let ended = false;
    const end = () => {
      if (!ended) leave();
      ended = true;
    };
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    tx.commit = () => commit().finally(end);
    tx.rollback = () => rollback().finally(end);
    return tx;
  };

  const query = adapter.queryRaw.bind(adapter);
  const execute = adapter.executeRaw.bind(adapter);
  const outside = async () => {
    while (gate.open > 0) await gate.idle;
  };
  adapter.queryRaw = async (q) => (await outside(), query(q));
  adapter.executeRaw = async (q) => (await outside(), execute(q));
}

/** PrismaBetterSQLite3 whose transactions take the write lock when they begin and have the connection to themselves. */
export class PrismaBetterSQLite3Immediate extends PrismaBetterSQLite3 {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    beginImmediately(adapter);
    keepQueriesOutOfTransactions(adapter);
    return adapter;
  }
}
