import { createHash, randomBytes } from "node:crypto";
import { createId } from "@/lib/ids";
import { getDb } from "../client";

// A share token is 256 random bits from the OS CSPRNG, shown once; only its SHA-256 is stored, so a
// database leak does not leak working links. Revocation and expiry are checked on every request.

export type ShareLinkView = { id: string; analysisId: string; label: string | null; createdAt: Date; expiresAt: Date | null; revokedAt: Date | null };

export const hashShareToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createShareLink(analysisId: string, opts: { label?: string; expiresAt?: Date | null }): Promise<{ shareLink: ShareLinkView; token: string }> {
  const db = await getDb();
  const token = randomBytes(32).toString("base64url");
  const shareLink = await db.shareLink.create({
    data: { id: createId("shr"), analysisId, tokenHash: hashShareToken(token), label: opts.label ?? null, expiresAt: opts.expiresAt ?? null },
    select: { id: true, analysisId: true, label: true, createdAt: true, expiresAt: true, revokedAt: true },
  });
  return { shareLink, token };
}

export async function listShareLinks(analysisId: string): Promise<ShareLinkView[]> {
  const db = await getDb();
  return db.shareLink.findMany({
    where: { analysisId },
    orderBy: { createdAt: "desc" },
    select: { id: true, analysisId: true, label: true, createdAt: true, expiresAt: true, revokedAt: true },
  });
}

export async function getShareLink(id: string): Promise<ShareLinkView | null> {
  const db = await getDb();
  return db.shareLink.findUnique({ where: { id }, select: { id: true, analysisId: true, label: true, createdAt: true, expiresAt: true, revokedAt: true } });
}

/** Revokes a link for good; false when there was no live link with that id. */
export async function revokeShareLink(id: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.shareLink.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** The analysis a live token opens, or null for unknown, revoked and expired tokens alike. */
export async function findAnalysisForShareToken(token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const db = await getDb();
  const link = await db.shareLink.findUnique({ where: { tokenHash: hashShareToken(token) }, select: { analysisId: true, revokedAt: true, expiresAt: true } });
  if (!link || link.revokedAt) return null;
  if (link.expiresAt && link.expiresAt.getTime() <= Date.now()) return null;
  return link.analysisId;
}
