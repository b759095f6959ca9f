import { z } from "zod";
import { addMember, countOwners, getMemberRoleByEmail, listMembers, removeMember, ROLES, type Role } from "@/lib/db/accounts/workspaces";
import type { WorkspaceAccess } from "@/lib/server/access";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";

// Members of the active workspace. Everyone in it may list them; only owners add, remove and set roles.
// An email without an account becomes an invitation: the membership starts when that email signs up
// (even while sign-up is closed).

const member = z.object({ email: z.string().trim().toLowerCase().email().max(320), role: z.enum(ROLES as [Role, ...Role[]]).default("member") });

const requireOwner = (access: WorkspaceAccess) => {
  if (access.role !== "owner") throw new HttpError(403, "owner-only", "Only an owner of this workspace can manage its members.");
};

/** An owner may not remove or demote the last owner: a workspace always keeps one. */
async function keepAnOwner(workspaceId: string, email: string): Promise<void> {
  if ((await getMemberRoleByEmail(workspaceId, email)) === "owner" && (await countOwners(workspaceId)) <= 1) {
    throw new HttpError(409, "last-owner", "This is the workspace's only owner: make someone else an owner first.");
  }
}

export const GET = defineRoute({ access: "user" }, async ({ access }) => json({ members: await listMembers(access.workspaceId), role: access.role }));

export const POST = defineRoute({ access: "workspace", body: member }, async ({ body, access }) => {
  requireOwner(access);
  if (body.role !== "owner") await keepAnOwner(access.workspaceId, body.email);
  return json({ member: await addMember(access.workspaceId, body.email, body.role, access.userId) }, 201);
});

export const PATCH = defineRoute({ access: "workspace", body: member.required() }, async ({ body, access }) => {
  requireOwner(access);
  if (!(await listMembers(access.workspaceId)).some((m) => m.email === body.email)) throw notFound("No such member.");
  if (body.role !== "owner") await keepAnOwner(access.workspaceId, body.email);
  return json({ member: await addMember(access.workspaceId, body.email, body.role, access.userId) });
});

export const DELETE = defineRoute({ access: "workspace", body: member.pick({ email: true }) }, async ({ body, access }) => {
  requireOwner(access);
  await keepAnOwner(access.workspaceId, body.email);
  if (!(await removeMember(access.workspaceId, body.email))) throw notFound("No such member.");
  return new Response(null, { status: 204 });
});
