import { describe, expect, it } from "vitest";
import { resolveDatabase } from "./database-url";
import { getDb } from "./client";
import { listMigrations, migrateDatabase } from "./migrate";

describe(`migrations (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("apply every migration once, then nothing on a second run", async () => {
    const target = resolveDatabase();
    await migrateDatabase(target); // first run (or already done by another file)
    expect(await migrateDatabase(target)).toEqual([]);
    const db = await getDb();
    const ledger = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "_distillscope_migrations" ORDER BY "name"`);
    expect(ledger.map((r) => r.name)).toEqual(listMigrations(target.provider).map((m) => m.name));
  });

  it("leave every model queryable", async () => {
    const db = await getDb();
    await expect(db.corpus.count()).resolves.toBeGreaterThanOrEqual(0);
    await expect(db.document.count()).resolves.toBeGreaterThanOrEqual(0);
    await expect(db.ingest.count()).resolves.toBeGreaterThanOrEqual(0);
    await expect(db.analysis.count()).resolves.toBeGreaterThanOrEqual(0);
    await expect(db.shareLink.count()).resolves.toBeGreaterThanOrEqual(0);
    await expect(db.corpusFeatures.count()).resolves.toBeGreaterThanOrEqual(0);
  });
});
