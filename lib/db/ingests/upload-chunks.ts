import { getDriver, writeWithDriver } from "../driver-connection";

// The database spool: an uploaded file as ordered chunks of UploadChunk. Bytes go through the drivers
// (Prisma's adapters turn every byte of a Bytes column into a JS number). Columns match prisma/schema.prisma.

export async function insertUploadChunk(ingestId: string, fileName: string, seq: number, data: Buffer): Promise<void> {
  await writeWithDriver(async (driver) => {
    if (driver.provider === "sqlite") {
      driver.db.prepare(`INSERT INTO "UploadChunk" ("ingestId","fileName","seq","data") VALUES (?,?,?,?)`).run(ingestId, fileName, seq, data);
      return;
    }
    await driver.pool.query(`INSERT INTO "UploadChunk" ("ingestId","fileName","seq","data") VALUES ($1,$2,$3,$4)`, [ingestId, fileName, seq, data]);
  });
}

/** One chunk, or null past the end: read one at a time, so memory stays at one chunk whatever the file size. */
export async function readUploadChunk(ingestId: string, fileName: string, seq: number): Promise<Buffer | null> {
  const driver = await getDriver();
  const row =
    driver.provider === "sqlite"
      ? (driver.db.prepare(`SELECT "data" FROM "UploadChunk" WHERE "ingestId" = ? AND "fileName" = ? AND "seq" = ?`).get(ingestId, fileName, seq) as { data: Buffer } | undefined)
      : (await driver.pool.query<{ data: Buffer }>(`SELECT "data" FROM "UploadChunk" WHERE "ingestId" = $1 AND "fileName" = $2 AND "seq" = $3`, [ingestId, fileName, seq])).rows[0];
  return row?.data ?? null;
}

export async function listUploadChunkFiles(ingestId: string): Promise<{ name: string; bytes: number }[]> {
  const driver = await getDriver();
  const rows =
    driver.provider === "sqlite"
      ? (driver.db
          .prepare(`SELECT "fileName" AS name, SUM(length("data")) AS bytes FROM "UploadChunk" WHERE "ingestId" = ? GROUP BY "fileName" ORDER BY "fileName"`)
          .all(ingestId) as { name: string; bytes: number }[])
      : (
          await driver.pool.query<{ name: string; bytes: string }>(
            `SELECT "fileName" AS name, SUM(octet_length("data"))::text AS bytes FROM "UploadChunk" WHERE "ingestId" = $1 GROUP BY "fileName" ORDER BY "fileName"`,
            [ingestId],
          )
        ).rows;
  return rows.map((r) => ({ name: r.name, bytes: Number(r.bytes ?? 0) }));
}

export async function hasUploadChunks(ingestId: string, fileName?: string): Promise<boolean> {
  const driver = await getDriver();
  const where = fileName === undefined ? "" : ` AND "fileName" = ${driver.provider === "sqlite" ? "?" : "$2"}`;
  const args = fileName === undefined ? [ingestId] : [ingestId, fileName];
  if (driver.provider === "sqlite") return driver.db.prepare(`SELECT 1 FROM "UploadChunk" WHERE "ingestId" = ?${where} LIMIT 1`).get(...args) !== undefined;
  return (await driver.pool.query(`SELECT 1 FROM "UploadChunk" WHERE "ingestId" = $1${where} LIMIT 1`, args)).rowCount! > 0;
}

export async function deleteUploadChunks(ingestIds: string[], fileName?: string): Promise<void> {
  if (ingestIds.length === 0) return;
  await writeWithDriver(async (driver) => {
    if (driver.provider === "sqlite") {
      const marks = ingestIds.map(() => "?").join(",");
      if (fileName === undefined) driver.db.prepare(`DELETE FROM "UploadChunk" WHERE "ingestId" IN (${marks})`).run(...ingestIds);
      else driver.db.prepare(`DELETE FROM "UploadChunk" WHERE "ingestId" IN (${marks}) AND "fileName" = ?`).run(...ingestIds, fileName);
      return;
    }
    if (fileName === undefined) await driver.pool.query(`DELETE FROM "UploadChunk" WHERE "ingestId" = ANY($1)`, [ingestIds]);
    else await driver.pool.query(`DELETE FROM "UploadChunk" WHERE "ingestId" = ANY($1) AND "fileName" = $2`, [ingestIds, fileName]);
  });
}
