import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations, migratePostgres, migrateSqlite } from "./migrate";

// A database with data from before accounts must come through every later migration whole: Prisma's SQLite
// table redefinitions would otherwise cascade-delete every document (see migrateSqlite).
describe("SQLite migrations on a database with data", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ds-migrate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keep corpora, documents and analyses, and adopt them into the Default workspace", () => {
    const file = path.join(dir, "old.db");
    const [init, ...later] = listMigrations("sqlite");
    migrateSqlite(file, [init]);
    const db = new Database(file);
    db.exec(`INSERT INTO "Corpus" ("id","name","model","status","updatedAt") VALUES ('c1','old','m','ready',CURRENT_TIMESTAMP);
      INSERT INTO "Document" ("corpusId","ordinal","text","charCount","tokenCount") VALUES ('c1',0,'a',1,1),('c1',1,'b',1,1);
      INSERT INTO "Analysis" ("id","name","options","sourceIds","candidateIds") VALUES ('a1','x','{}','[]','[]');`);
    db.close();
    expect(migrateSqlite(file, [init, ...later])).toEqual(later.map((m) => m.name));
    const after = new Database(file, { readonly: true });
    expect(after.prepare(`SELECT count(*) AS n FROM "Document"`).get()).toEqual({ n: 2 });
    expect(after.prepare(`SELECT "workspaceId" FROM "Corpus"`).get()).toEqual({ workspaceId: "wsp_default" });
    expect(after.prepare(`SELECT "workspaceId" FROM "Analysis"`).get()).toEqual({ workspaceId: "wsp_default" });
    expect(after.prepare(`SELECT "name" FROM "Workspace"`).all()).toEqual([{ name: "Default workspace" }]);
    after.close();
  });

  it("create no workspace on an empty database", () => {
    const file = path.join(dir, "empty.db");
    migrateSqlite(file, listMigrations("sqlite"));
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT count(*) AS n FROM "Workspace"`).get()).toEqual({ n: 0 });
    db.close();
  });
});

// The same on PostgreSQL, in a scratch database of its own, when TEST_POSTGRES_URL names a server.
describe.runIf(process.env.TEST_POSTGRES_URL)("PostgreSQL migrations on a database with data", () => {
  // Built lazily: the body of a skipped describe still runs, without TEST_POSTGRES_URL.
  const admin = () => process.env.TEST_POSTGRES_URL as string;
  const name = `ds_migrate_${process.pid}`;
  const scratch = () => {
    const url = new URL(admin());
    url.pathname = `/${name}`;
    return url.toString();
  };
  const query = async (target: string, sql: string) => {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  afterAll(async () => {
    await query(admin(), `DROP DATABASE IF EXISTS "${name}"`);
  });

  it("keep corpora, documents and analyses, and adopt them into the Default workspace", async () => {
    await query(admin(), `DROP DATABASE IF EXISTS "${name}"`);
    await query(admin(), `CREATE DATABASE "${name}"`);
    const url = scratch();
    const [init, ...later] = listMigrations("postgres");
    await migratePostgres(url, [init]);
    await query(url, `INSERT INTO "Corpus" ("id","name","model","status","updatedAt") VALUES ('c1','old','m','ready',now());
      INSERT INTO "Document" ("corpusId","ordinal","text","charCount","tokenCount") VALUES ('c1',0,'a',1,1),('c1',1,'b',1,1);`);
    expect(await migratePostgres(url, [init, ...later])).toEqual(later.map((m) => m.name));
    expect(await query(url, `SELECT count(*)::int AS n FROM "Document"`)).toEqual([{ n: 2 }]);
    expect(await query(url, `SELECT "workspaceId" FROM "Corpus"`)).toEqual([{ workspaceId: "wsp_default" }]);
  });
});
