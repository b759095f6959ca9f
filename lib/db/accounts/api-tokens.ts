import { createHash, randomBytes } from "node:crypto";
import { createId } from "@/lib/ids";
import { getDb } from "../client";

// Personal API tokens: "dst_" + 256 random bits, shown once. Only the SHA-256 is stored, so a database
// leak does not leak working tokens. A revoked token never works again.

export type ApiTokenView = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

const select = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createApiToken(userId: string, name: string): Promise<{ token: string; apiToken: ApiTokenView }> {
  const db = await getDb();
  const token = `dst_${randomBytes(32).toString("base64url")}`;
  const apiToken = await db.apiToken.create({ data: { id: createId("tok"), userId, name, prefix: token.slice(0, 10), tokenHash: hash(token) }, select });
  return { token, apiToken };
}

export async function listApiTokens(userId: string): Promise<ApiTokenView[]> {
  const db = await getDb();
  return db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select });
}

/** Revokes one of the user's own live tokens; false when there is none with that id. */
export async function revokeApiToken(userId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** The user a live token belongs to (and records its use), or null. */
export async function findUserIdForApiToken(token: string): Promise<string | null> {
  if (!/^dst_[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const db = await getDb();
  const row = await db.apiToken.findUnique({ where: { tokenHash: hash(token) }, select: { id: true, userId: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt) return null;
  // At most one write a minute per token: the list shows "last used" to the minute.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.userId;
}
