import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { listMigrations, migrateSqlite, migrateSqliteRetrying } from "./migrate";

// Another process holds the database's exclusive lock for `ms`; resolves once it holds it.
async function holdLock(file: string, ms: number): Promise<ChildProcess> {
  const script = `const db = new (require("better-sqlite3"))(${JSON.stringify(file)}); db.exec("BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (x)");
    process.stdout.write("locked\\n"); setTimeout(() => { db.exec("COMMIT"); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ["-e", script], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.on("exit", (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return child;
}

describe("SQLite migration while another process holds the database", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ds-migrate-busy-"));
  const children: ChildProcess[] = [];
  afterEach(() => children.splice(0).forEach((c) => c.kill()));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const migrations = listMigrations("sqlite");

  it("fails at once without retries (the lock is real)", async () => {
    const file = path.join(dir, "plain.db");
    children.push(await holdLock(file, 1500));
    expect(() => migrateSqlite(file, migrations, 50)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SQLITE_BUSY/) }));
  });

  it("waits the lock out and applies every migration once", async () => {
    const file = path.join(dir, "retried.db");
    children.push(await holdLock(file, 800));
    const applied = await migrateSqliteRetrying(file, migrations, { busyTimeoutMs: 50 });
    expect(applied).toEqual(migrations.map((m) => m.name));
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    expect(await migrateSqliteRetrying(file, migrations)).toEqual([]);
  });

  it("gives up with SQLITE_BUSY after its deadline", async () => {
    const file = path.join(dir, "held.db");
    children.push(await holdLock(file, 5000));
    await expect(migrateSqliteRetrying(file, migrations, { busyTimeoutMs: 50, giveUpAfterMs: 300 })).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
  });

  it("does not retry an error that is not a lock", async () => {
    const file = path.join(dir, "broken.db");
    const started = Date.now();
    await expect(migrateSqliteRetrying(file, [{ name: "20990101000000_broken", sql: "CREATE TABLE (" }])).rejects.toThrow(/syntax error/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
