import { randomUUID } from "node:crypto";
import { createId } from "@/lib/ids";
import { getDb } from "../client";
import { readRow, toBool } from "../driver-reads";

export type UserView = { id: string; name: string; email: string; isAdmin: boolean };

/** Read on every page request: through the driver (driver-reads.ts). */
export async function getUser(id: string): Promise<UserView | null> {
  const row = await readRow<UserView & { isAdmin: boolean | number }>(`SELECT "id", "name", "email", "isAdmin" FROM "user" WHERE "id" = ?`, [id]);
  return row && { id: row.id, name: row.name, email: row.email, isAdmin: toBool(row.isAdmin) };
}

export async function countUsers(): Promise<number> {
  const db = await getDb();
  return db.user.count();
}

export async function hasInvitation(email: string): Promise<boolean> {
  const db = await getDb();
  return (await db.invitation.count({ where: { email: email.trim().toLowerCase() } })) > 0;
}

/**
 * Runs once after a user is created. The first user becomes the admin and owns the workspace that
 * adopted pre-account data, if any. Invitations to the email become memberships. A user with no
 * workspace then gets one of their own.
 */
export async function bootstrapUser(user: { id: string; name: string; email: string }): Promise<{ isAdmin: boolean; workspaceIds: string[] }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const isAdmin = (await tx.user.count({ where: { isAdmin: true } })) === 0;
    if (isAdmin) await tx.user.update({ where: { id: user.id }, data: { isAdmin: true } });
    const invitations = await tx.invitation.findMany({ where: { email: user.email.toLowerCase() } });
    for (const inv of invitations) {
      await tx.membership.create({ data: { id: randomUUID(), workspaceId: inv.workspaceId, userId: user.id, role: inv.role } });
    }
    await tx.invitation.deleteMany({ where: { email: user.email.toLowerCase() } });
    const workspaceIds = invitations.map((i) => i.workspaceId);
    if (isAdmin) {
      const orphans = await tx.workspace.findMany({ where: { memberships: { none: {} } }, select: { id: true } });
      for (const w of orphans) {
        await tx.membership.create({ data: { id: randomUUID(), workspaceId: w.id, userId: user.id, role: "owner" } });
        workspaceIds.push(w.id);
      }
    }
    if (workspaceIds.length === 0) {
      const id = createId("ws");
      await tx.workspace.create({ data: { id, name: `${user.name || user.email.split("@")[0]}'s workspace` } });
      await tx.membership.create({ data: { id: randomUUID(), workspaceId: id, userId: user.id, role: "owner" } });
      workspaceIds.push(id);
    }
    return { isAdmin, workspaceIds };
  });
}
