import { randomUUID } from "node:crypto";
import { getDb, type Db } from "../client";
import type { MemberView, Role } from "./workspaces";

// Adding, changing and removing members. Every change that could take away an owner runs in one
// transaction that first locks the workspace row and then checks that an owner is left: two owners
// demoting each other at the same moment cannot leave the workspace with none (one of them waits,
// then finds it would be the last owner).

export class LastOwnerError extends Error {
  constructor() {
    super("This is the workspace's only owner: make someone else an owner first.");
  }
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const normalize = (email: string) => email.trim().toLowerCase();

/** Adds a member by email, or changes their role; an email without an account becomes an invitation. */
export async function addMember(workspaceId: string, email: string, role: Role, invitedById: string): Promise<MemberView> {
  const normalized = normalize(email);
  return guarded(workspaceId, async (tx) => {
    const user = await tx.user.findUnique({ where: { email: normalized }, select: { id: true, name: true } });
    if (!user) {
      await tx.invitation.upsert({
        where: { workspaceId_email: { workspaceId, email: normalized } },
        create: { id: randomUUID(), workspaceId, email: normalized, role, invitedById },
        update: { role },
      });
      return { userId: null, email: normalized, name: null, role, pending: true };
    }
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId, userId: user.id } },
      create: { id: randomUUID(), workspaceId, userId: user.id, role },
      update: { role },
    });
    return { userId: user.id, email: normalized, name: user.name, role, pending: false };
  });
}

/** Changes the role of an existing member or invitation; null when the email is neither. */
export async function setMemberRole(workspaceId: string, email: string, role: Role): Promise<MemberView | null> {
  const normalized = normalize(email);
  return guarded(workspaceId, async (tx) => {
    const { count: invites } = await tx.invitation.updateMany({ where: { workspaceId, email: normalized }, data: { role } });
    const member = await tx.membership.findFirst({ where: { workspaceId, user: { email: normalized } }, select: { id: true, userId: true, user: { select: { name: true } } } });
    if (member) await tx.membership.update({ where: { id: member.id }, data: { role } });
    if (member) return { userId: member.userId, email: normalized, name: member.user.name, role, pending: false };
    return invites > 0 ? { userId: null, email: normalized, name: null, role, pending: true } : null;
  });
}

/** Removes a member or a pending invitation by email. False when there was neither. */
export async function removeMember(workspaceId: string, email: string): Promise<boolean> {
  const normalized = normalize(email);
  return guarded(workspaceId, async (tx) => {
    const { count: invites } = await tx.invitation.deleteMany({ where: { workspaceId, email: normalized } });
    const { count: members } = await tx.membership.deleteMany({ where: { workspaceId, user: { email: normalized } } });
    return invites + members > 0;
  });
}

/** Runs `change` with the workspace row locked; rolls it back when no owner would be left. */
async function guarded<T>(workspaceId: string, change: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // A no-op write takes the row lock on PostgreSQL (SQLite takes its database lock): concurrent changes queue here.
    await tx.$executeRaw`UPDATE "Workspace" SET "name" = "name" WHERE "id" = ${workspaceId}`;
    const hadOwner = (await tx.membership.count({ where: { workspaceId, role: "owner" } })) > 0;
    const result = await change(tx);
    if (hadOwner && (await tx.membership.count({ where: { workspaceId, role: "owner" } })) === 0) throw new LastOwnerError();
    return result;
  });
}
