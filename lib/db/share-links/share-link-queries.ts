import { createHash, randomBytes } from "node:crypto";
import { createId } from "@/lib/ids";
import { getDb } from "../client";
import { readRows, toDate } from "../driver-reads";
import { workspaceScope } from "../workspace-scope";

// A share token is 256 random bits from the OS CSPRNG, shown once; only its SHA-256 is stored, so a
// database leak does not leak working links. Revocation and expiry are checked on every request.

export type ShareLinkView = { id: string; analysisId: string; label: string | null; createdAt: Date; expiresAt: Date | null; revokedAt: Date | null };

export const hashShareToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a link to an analysis of this workspace; null when the workspace has no such analysis. */
export async function createShareLink(
  workspaceId: string,
  analysisId: string,
  opts: { label?: string; expiresAt?: Date | null; createdById?: string | null },
): Promise<{ shareLink: ShareLinkView; token: string } | null> {
  const db = await getDb();
  if (!(await db.analysis.count({ where: { id: analysisId, workspaceId: workspaceScope(workspaceId) } }))) return null;
  const token = randomBytes(32).toString("base64url");
  const shareLink = await db.shareLink.create({
    data: { id: createId("shr"), analysisId, tokenHash: hashShareToken(token), label: opts.label ?? null, expiresAt: opts.expiresAt ?? null, createdById: opts.createdById ?? null },
    select: { id: true, analysisId: true, label: true, createdAt: true, expiresAt: true, revokedAt: true },
  });
  return { shareLink, token };
}

type ShareLinkRow = { id: string; analysisId: string; label: string | null; createdAt: string | Date; expiresAt: string | Date | null; revokedAt: string | Date | null };

/** Newest first. Read on every results page request: through the driver (driver-reads.ts). */
export async function listShareLinks(workspaceId: string, analysisId: string): Promise<ShareLinkView[]> {
  const rows = await readRows<ShareLinkRow>(
    `SELECT s."id", s."analysisId", s."label", s."createdAt", s."expiresAt", s."revokedAt" FROM "ShareLink" s JOIN "Analysis" a ON a."id" = s."analysisId"
     WHERE s."analysisId" = ? AND a."workspaceId" = ? ORDER BY s."createdAt" DESC`,
    [analysisId, workspaceScope(workspaceId)],
  );
  return rows.map((r) => ({ ...r, createdAt: toDate(r.createdAt)!, expiresAt: toDate(r.expiresAt), revokedAt: toDate(r.revokedAt) }));
}

export async function getShareLink(workspaceId: string, id: string): Promise<ShareLinkView | null> {
  const db = await getDb();
  return db.shareLink.findFirst({ where: { id, analysis: { workspaceId: workspaceScope(workspaceId) } }, select: { id: true, analysisId: true, label: true, createdAt: true, expiresAt: true, revokedAt: true } });
}

/** Revokes a link for good; false when there was no live link with that id. */
export async function revokeShareLink(workspaceId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.shareLink.updateMany({ where: { id, revokedAt: null, analysis: { workspaceId: workspaceScope(workspaceId) } }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** The analysis a live token opens (and its workspace), or null for unknown, revoked and expired tokens alike. */
export async function findAnalysisForShareToken(token: string): Promise<{ analysisId: string; workspaceId: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const db = await getDb();
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { analysisId: true, revokedAt: true, expiresAt: true, analysis: { select: { workspaceId: true } } },
  });
  if (!link || link.revokedAt || !link.analysis.workspaceId) return null;
  if (link.expiresAt && link.expiresAt.getTime() <= Date.now()) return null;
  return { analysisId: link.analysisId, workspaceId: link.analysis.workspaceId };
}
