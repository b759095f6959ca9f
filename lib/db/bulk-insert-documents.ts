import type Database from "better-sqlite3";
import { writeWithDriver } from "./driver-connection";
import type { NewDocument } from "./corpora/write-corpus";

// Documents are the one bulk write, so the ingest path writes them with the drivers directly (a prepared
// statement in one transaction per batch on SQLite, one multi-row INSERT from arrays on PostgreSQL) at tens
// of MB/s. Columns match prisma/schema.prisma.

const INSERT_SQLITE = `INSERT INTO "Document" ("corpusId","ordinal","text","prompt","promptId","charCount","tokenCount","meta") VALUES (?,?,?,?,?,?,?,?)`;
const INSERT_POSTGRES = `INSERT INTO "Document" ("corpusId","ordinal","text","prompt","promptId","charCount","tokenCount","meta")
  SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[])`;

type SqliteInsert = (corpusId: string, docs: NewDocument[]) => void;
const sqliteInserts = new WeakMap<Database.Database, SqliteInsert>();

function sqliteInsert(db: Database.Database): SqliteInsert {
  let insert = sqliteInserts.get(db);
  if (insert) return insert;
  const statement = db.prepare(INSERT_SQLITE);
  const many = db.transaction((corpusId: string, docs: NewDocument[]) => {
    for (const d of docs) statement.run(corpusId, d.ordinal, d.text, d.prompt, d.promptId, d.charCount, d.tokenCount, d.meta);
  });
  insert = (corpusId, docs) => many.immediate(corpusId, docs);
  sqliteInserts.set(db, insert);
  return insert;
}

export async function bulkInsertDocuments(corpusId: string, docs: NewDocument[]): Promise<void> {
  if (docs.length === 0) return;
  await writeWithDriver(async (driver) => {
    if (driver.provider === "sqlite") {
      sqliteInsert(driver.db)(corpusId, docs);
      return;
    }
    await driver.pool.query(INSERT_POSTGRES, [
      corpusId,
      docs.map((d) => d.ordinal),
      docs.map((d) => d.text),
      docs.map((d) => d.prompt),
      docs.map((d) => d.promptId),
      docs.map((d) => d.charCount),
      docs.map((d) => d.tokenCount),
      docs.map((d) => d.meta),
    ]);
  });
}
