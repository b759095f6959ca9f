import { getDriver } from "../driver-connection";

// Feature blobs go through the drivers: Prisma's adapters copy a Bytes column into a JS array, one number
// per byte. Columns match prisma/schema.prisma (createdAt as Prisma writes it on each database).

export async function loadStoredFeatures(corpusId: string, version: number): Promise<Uint8Array | null> {
  const driver = await getDriver();
  const row =
    driver.provider === "sqlite"
      ? (driver.db.prepare(`SELECT "version", "data" FROM "CorpusFeatures" WHERE "corpusId" = ?`).get(corpusId) as { version: number; data: Buffer } | undefined)
      : (await driver.pool.query<{ version: number; data: Buffer }>(`SELECT "version", "data" FROM "CorpusFeatures" WHERE "corpusId" = $1`, [corpusId])).rows[0];
  if (!row || row.version !== version) return null;
  return new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
}

export async function storeFeatures(corpusId: string, version: number, data: Uint8Array): Promise<void> {
  const driver = await getDriver();
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
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
}
