import { spawn } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { stopTestWorker } from "@/test/setup/start-test-worker";
import { consumeRateLimit } from "./accounts/rate-limit";
import { getDatabaseTarget, getDb } from "./client";

// Another process writes to the database while a transaction sits between its read and its write, as the
// job worker does while a request's transaction runs. Under a deferred BEGIN the write then fails with
// SQLITE_BUSY_SNAPSHOT; with the write lock taken at BEGIN the other process waits its turn instead.
function writeFromAnotherProcess(file: string, key: string) {
  const script = `const db = new (require("better-sqlite3"))(${JSON.stringify(file)}, { timeout: 20000 });
    process.stdout.write("writing\\n");
    db.prepare("INSERT INTO rate_limit_counter (key, points) VALUES (?, 1)").run(${JSON.stringify(key)}); db.close();`;
  const child = spawn(process.execPath, ["-e", script], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  const writing = new Promise<void>((resolve) => child.stdout.on("data", (c: Buffer) => c.toString().includes("writing") && resolve()));
  return { writing, exited: once(child, "exit").then(([code]) => code as number | null) };
}

describe.skipIf(process.env.DISTILLSCOPE_TEST_DB === "postgres")("SQLite transactions beside another writing process", () => {
  it("a transaction that reads, then writes, commits while another process writes meanwhile, and so does the other", async () => {
    await stopTestWorker(); // its polls share this process' connection, so they would write inside the transaction
    const db = await getDb();
    const target = getDatabaseTarget();
    if (target.provider !== "sqlite") throw new Error("expected the SQLite test database");
    const mine = `mine-${Date.now()}`;
    let other: ReturnType<typeof writeFromAnotherProcess> | null = null;
    await db.$transaction(async (tx) => {
      await tx.rateLimitCounter.count(); // the read (under a deferred BEGIN, its snapshot starts here)
      other = writeFromAnotherProcess(target.file, `other-${Date.now()}`);
      await other.writing;
      // Give the other process its chance to commit first (it does when nothing holds the write lock).
      await Promise.race([other.exited, sleep(1000)]);
      await tx.rateLimitCounter.create({ data: { key: mine, points: 1 } });
    });
    expect(await other!.exited).toBe(0);
    const keys = (await db.rateLimitCounter.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).toContain(mine);
    expect(keys.filter((k) => k.startsWith("other-"))).toHaveLength(1);
  });

  it("a write made while another request's transaction is open stays out of it: that transaction's rollback leaves it", async () => {
    const db = await getDb();
    const [rolledBack, kept] = [`rolled-back-${Date.now()}`, `kept-${Date.now()}`];
    let opened!: () => void;
    let release!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const failing = db.$transaction(async (tx) => {
      await tx.rateLimitCounter.create({ data: { key: rolledBack, points: 1 } });
      opened();
      await released;
      throw new Error("this transaction fails");
    });
    await isOpen;
    const other = db.rateLimitCounter.create({ data: { key: kept, points: 1 } });
    // On the shared connection the other write would be done by now, inside the transaction; it waits instead.
    expect(await Promise.race([other.then(() => "written"), sleep(300).then(() => "waiting")])).toBe("waiting");
    release();
    await expect(failing).rejects.toThrow("this transaction fails");
    await other;
    const keys = (await db.rateLimitCounter.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).toContain(kept);
    expect(keys).not.toContain(rolledBack);
  });

  it("a write on the driver connection waits for this process' open transaction instead of blocking it until both fail", async () => {
    const db = await getDb();
    const events: string[] = [];
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    const tx = db.$transaction(async (t) => {
      await t.rateLimitCounter.count();
      opened();
      await sleep(200); // the other request's write arrives meanwhile
      await t.rateLimitCounter.create({ data: { key: `tx-${Date.now()}`, points: 1 } });
      events.push("transaction done");
    });
    await isOpen;
    // better-sqlite3 waits for a lock synchronously: run now, it would stall the event loop the transaction
    // needs, for its whole busy timeout, then fail with "database is locked".
    const counted = consumeRateLimit(`driver-${Date.now()}`, { points: 5, durationMs: 60_000 }).then((state) => {
      events.push("rate limit counted");
      return state;
    });
    await tx;
    expect((await counted).allowed).toBe(true);
    expect(events).toEqual(["transaction done", "rate limit counted"]);
  });
});
