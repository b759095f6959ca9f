import pg from "pg";
import { getDriver, writeWithDriver } from "../driver-connection";
import { readBinaryCopy } from "../read-binary-copy";

// Feature blobs go through the drivers: Prisma's adapters copy a Bytes column into a JS array, one number
// per byte. Columns match prisma/schema.prisma (createdAt as Prisma writes it on each database).

export async function loadStoredFeatures(corpusId: string, version: number): Promise<Uint8Array | null> {
  const driver = await getDriver();
  if (driver.provider === "sqlite") {
    const row = driver.db.prepare(`SELECT "version", "data" FROM "CorpusFeatures" WHERE "corpusId" = ?`).get(corpusId) as { version: number; data: Buffer } | undefined;
    return row && row.version === version ? new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) : null;
  }
  // Binary COPY takes no parameters: the id goes in as a quoted literal.
  const rows = await readBinaryCopy(driver.pool, `SELECT "version", "data" FROM "CorpusFeatures" WHERE "corpusId" = ${pg.escapeLiteral(corpusId)}`);
  const [storedVersion, data] = rows[0] ?? [];
  if (!storedVersion || !data || storedVersion.readInt32BE(0) !== version) return null;
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export async function storeFeatures(corpusId: string, version: number, data: Uint8Array): Promise<void> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  await writeWithDriver(async (driver) => {
    if (driver.provider === "sqlite") {
      // Prisma's SQLite adapter stores DateTime as ISO-8601 text.
      driver.db
        .prepare(
          `INSERT INTO "CorpusFeatures" ("corpusId","version","data","createdAt") VALUES (?,?,?,?)
           ON CONFLICT ("corpusId") DO UPDATE SET "version" = excluded."version", "data" = excluded."data", "createdAt" = excluded."createdAt"`,
        )
        .run(corpusId, version, bytes, new Date().toISOString().replace("Z", "+00:00"));
      return;
    }
    await driver.pool.query(
      `INSERT INTO "CorpusFeatures" ("corpusId","version","data","createdAt") VALUES ($1,$2,$3,now())
       ON CONFLICT ("corpusId") DO UPDATE SET "version" = excluded."version", "data" = excluded."data", "createdAt" = excluded."createdAt"`,
      [corpusId, version, bytes],
    );
  });
}
