import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Two fixes to Prisma's better-sqlite3 adapter (6.19), which runs everything on one connection:
// - It opens transactions with a deferred BEGIN. A transaction that reads before it writes must then upgrade
//   its lock, and in WAL mode the upgrade fails at once with SQLITE_BUSY_SNAPSHOT (no busy timeout applies)
//   when another process, such as the job worker, committed in between: a sign-up answered 500 that way.
//   BEGIN IMMEDIATE takes the write lock first and waits its turn. Every transaction here writes.
// - Its lock orders transactions only among themselves: a query from another request, issued while a
//   transaction is open, ran inside it, so that transaction's rollback took the other request's answered
//   write with it. Queries outside a transaction now wait until none is open or waiting to open.

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

function keepQueriesOutOfTransactions(adapter: Adapter): void {
  let open = 0; // transactions open or waiting for the adapter's lock
  let idle = Promise.resolve();
  let wake = () => {};
  const enter = () => {
    if (open++ === 0) idle = new Promise<void>((resolve) => (wake = resolve));
  };
  const leave = () => {
    if (--open === 0) wake();
  };

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
    while (open > 0) await idle;
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
