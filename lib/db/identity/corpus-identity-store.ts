import { IDENTITY_VERSION, type CorpusIdentity } from "@/lib/identity/identity-types";
import { getDb } from "../client";

export async function storeCorpusIdentity(corpusId: string, identity: CorpusIdentity): Promise<void> {
  const db = await getDb();
  const data = JSON.stringify(identity);
  await db.corpusIdentity.upsert({ where: { corpusId }, create: { corpusId, version: identity.version, data }, update: { version: identity.version, data, createdAt: new Date() } });
}

/** The stored identity of the current version, or null (then it is computed from the documents). */
export async function loadCorpusIdentities(corpusIds: string[]): Promise<Map<string, CorpusIdentity>> {
  const db = await getDb();
  const rows = await db.corpusIdentity.findMany({ where: { corpusId: { in: corpusIds }, version: IDENTITY_VERSION }, select: { corpusId: true, data: true } });
  return new Map(rows.map((r) => [r.corpusId, JSON.parse(r.data) as CorpusIdentity]));
}
