import Database from "better-sqlite3";
import pg from "pg";
import { getDatabaseTarget, getDb } from "./client";
import type { NewDocument } from "./corpora/write-corpus";

// Documents are the one bulk write: Prisma's createMany through the driver adapters moves ~2 MB/s, so the
// ingest path writes them with the drivers directly (a prepared statement in one transaction per batch on
// SQLite, one multi-row INSERT from arrays on PostgreSQL) at tens of MB/s. Columns match prisma/schema.prisma.

type Writer = (corpusId: string, docs: NewDocument[]) => Promise<void>;

const holder = globalThis as typeof globalThis & { __distillscopeBulk?: { key: string; write: Writer; close: () => Promise<void> } };

function sqliteWriter(file: string) {
  const db = new Database(file, { timeout: 15_000 });
  const insert = db.prepare(
    `INSERT INTO "Document" ("corpusId","ordinal","text","prompt","promptId","charCount","tokenCount","meta") VALUES (?,?,?,?,?,?,?,?)`,
  );
  const many = db.transaction((corpusId: string, docs: NewDocument[]) => {
    for (const d of docs) insert.run(corpusId, d.ordinal, d.text, d.prompt, d.promptId, d.charCount, d.tokenCount, d.meta);
  });
  return { write: async (corpusId: string, docs: NewDocument[]) => void many.immediate(corpusId, docs), close: async () => void db.close() };
}

function postgresWriter(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const sql = `INSERT INTO "Document" ("corpusId","ordinal","text","prompt","promptId","charCount","tokenCount","meta")
    SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[])`;
  return {
    write: async (corpusId: string, docs: NewDocument[]) => {
      await pool.query(sql, [
        corpusId,
        docs.map((d) => d.ordinal),
        docs.map((d) => d.text),
        docs.map((d) => d.prompt),
        docs.map((d) => d.promptId),
        docs.map((d) => d.charCount),
        docs.map((d) => d.tokenCount),
        docs.map((d) => d.meta),
      ]);
    },
    close: () => pool.end(),
  };
}

export async function bulkInsertDocuments(corpusId: string, docs: NewDocument[]): Promise<void> {
  if (docs.length === 0) return;
  await getDb(); // migrated first
  const target = getDatabaseTarget();
  const key = target.provider === "sqlite" ? target.file : target.url;
  if (holder.__distillscopeBulk?.key !== key) {
    await holder.__distillscopeBulk?.close();
    const w = target.provider === "sqlite" ? sqliteWriter(target.file) : postgresWriter(target.url);
    holder.__distillscopeBulk = { key, ...w };
  }
  await holder.__distillscopeBulk.write(corpusId, docs);
}

export async function closeBulkWriter(): Promise<void> {
  const w = holder.__distillscopeBulk;
  holder.__distillscopeBulk = undefined;
  await w?.close();
}
