import { getDb } from "../client";

// Instance settings, one row per key. Keys in use: "signup" (open | closed), "auth.secret".

export async function getSetting(key: string): Promise<string | null> {
  const db = await getDb();
  return (await db.setting.findUnique({ where: { key } }))?.value ?? null;
}

export async function setSetting(key: string, value: string): Promise<void> {
  const db = await getDb();
  await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

/** Stores `value` unless the key already has one; returns whichever is stored (first writer wins). */
export async function getOrCreateSetting(key: string, value: () => string): Promise<string> {
  const existing = await getSetting(key);
  if (existing) return existing;
  const db = await getDb();
  await db.setting.createMany({ data: [{ key, value: value() }] }).catch(() => undefined);
  return (await getSetting(key)) as string;
}
