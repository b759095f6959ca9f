import { randomUUID } from "node:crypto";
import { createId } from "@/lib/ids";
import { getDb } from "../client";
import { readRows } from "../driver-reads";

export type Role = "owner" | "member" | "viewer";
export const ROLES: readonly Role[] = ["owner", "member", "viewer"];

export type WorkspaceView = { id: string; name: string; role: Role };
export type MemberView = { userId: string | null; email: string; name: string | null; role: Role; pending: boolean };

export async function createWorkspace(name: string, ownerId: string): Promise<WorkspaceView> {
  const db = await getDb();
  const id = createId("ws");
  await db.$transaction([
    db.workspace.create({ data: { id, name } }),
    db.membership.create({ data: { id: randomUUID(), workspaceId: id, userId: ownerId, role: "owner" } }),
  ]);
  return { id, name, role: "owner" };
}

/**
 * The user's own workspace when they belong to none (removed from every one), so pages and the API always
 * have somewhere to work. Serialised on the user's row: two requests at once create one workspace, not two.
 */
export async function ensureOwnWorkspace(userId: string): Promise<WorkspaceView[]> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "user" SET "updatedAt" = "updatedAt" WHERE "id" = ${userId}`;
    const existing = await tx.membership.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, include: { workspace: { select: { name: true } } } });
    if (existing.length > 0) return existing.map((m) => ({ id: m.workspaceId, name: m.workspace.name, role: m.role as Role }));
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
    const id = createId("ws");
    const name = `${user.name || user.email.split("@")[0]}'s workspace`;
    await tx.workspace.create({ data: { id, name } });
    await tx.membership.create({ data: { id: randomUUID(), workspaceId: id, userId, role: "owner" } });
    return [{ id, name, role: "owner" as const }];
  });
}

/** The user's workspaces, oldest membership first (the first is the default). Read on every page request: through the driver (driver-reads.ts). */
export async function listUserWorkspaces(userId: string): Promise<WorkspaceView[]> {
  return readRows<WorkspaceView>(
    `SELECT m."workspaceId" AS "id", w."name" AS "name", m."role" AS "role" FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId" WHERE m."userId" = ? ORDER BY m."createdAt" ASC`,
    [userId],
  );
}

/**
 * The workspaces of the user a session token belongs to, each with that user's id, oldest membership first:
 * read beside the session check rather than after it (page-access.ts). Whether the session is valid is not
 * this read's to say.
 */
export async function listSessionWorkspaces(token: string): Promise<(WorkspaceView & { userId: string })[]> {
  return readRows<WorkspaceView & { userId: string }>(
    `SELECT m."userId" AS "userId", m."workspaceId" AS "id", w."name" AS "name", m."role" AS "role" FROM "session" s JOIN "Membership" m ON m."userId" = s."userId"
     JOIN "Workspace" w ON w."id" = m."workspaceId" WHERE s."token" = ? ORDER BY m."createdAt" ASC`,
    [token],
  );
}

export async function getMembershipRole(userId: string, workspaceId: string): Promise<Role | null> {
  const db = await getDb();
  const row = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  return (row?.role as Role | undefined) ?? null;
}

export async function listMembers(workspaceId: string): Promise<MemberView[]> {
  const db = await getDb();
  const [members, invitations] = await Promise.all([
    db.membership.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" }, include: { user: { select: { email: true, name: true } } } }),
    db.invitation.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } }),
  ]);
  return [
    ...members.map((m) => ({ userId: m.userId, email: m.user.email, name: m.user.name, role: m.role as Role, pending: false })),
    ...invitations.map((i) => ({ userId: null, email: i.email, name: null, role: i.role as Role, pending: true })),
  ];
}

/**
 * The workspace the operator CLI works in: by id, else by exact name; without a reference, the oldest
 * workspace, created as "Default workspace" when there is none (the first admin to sign up adopts it).
 */
export async function resolveOperatorWorkspace(ref?: string): Promise<{ id: string; name: string }> {
  const db = await getDb();
  if (ref) {
    const byId = await db.workspace.findUnique({ where: { id: ref }, select: { id: true, name: true } });
    if (byId) return byId;
    const named = await db.workspace.findMany({ where: { name: ref }, select: { id: true, name: true } });
    if (named.length === 1) return named[0];
    if (named.length > 1) throw new Error(`"${ref}" names ${named.length} workspaces: use an id (${named.map((w) => w.id).join(", ")}).`);
    throw new Error(`No workspace with id or name "${ref}".`);
  }
  const first = await db.workspace.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, name: true } });
  if (first) return first;
  return db.workspace.create({ data: { id: createId("ws"), name: "Default workspace" }, select: { id: true, name: true } });
}

/** Every workspace with member and corpus counts (operator CLI). */
export async function listAllWorkspaces(): Promise<{ id: string; name: string; members: number; corpora: number; createdAt: Date }[]> {
  const db = await getDb();
  const rows = await db.workspace.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, _count: { select: { memberships: true, corpora: true } } },
  });
  return rows.map((w) => ({ id: w.id, name: w.name, members: w._count.memberships, corpora: w._count.corpora, createdAt: w.createdAt }));
}
