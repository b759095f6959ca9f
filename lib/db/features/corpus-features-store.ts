import { getDb } from "../client";

export async function loadStoredFeatures(corpusId: string, version: number): Promise<Uint8Array | null> {
  const db = await getDb();
  const row = await db.corpusFeatures.findUnique({ where: { corpusId } });
  if (!row || row.version !== version) return null;
  return row.data;
}

export async function storeFeatures(corpusId: string, version: number, data: Uint8Array): Promise<void> {
  const db = await getDb();
  const bytes = new Uint8Array(data) as Uint8Array<ArrayBuffer>;
  await db.corpusFeatures.upsert({
    where: { corpusId },
    create: { corpusId, version, data: bytes },
    update: { version, data: bytes, createdAt: new Date() },
  });
}
