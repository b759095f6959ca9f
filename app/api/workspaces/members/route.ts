import { z } from "zod";
import { addMember, removeMember, setMemberRole } from "@/lib/db/accounts/memberships";
import { listMembers, ROLES, type Role } from "@/lib/db/accounts/workspaces";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

// Members of the active workspace. Everyone in it may list them; only owners add, remove and set roles.
// An email without an account becomes an invitation: the membership starts when that email signs up
// (even while sign-up is closed). The last owner can be neither removed nor demoted: the check runs in
// the same transaction as the change (lib/db/accounts/memberships.ts), answered 409 "last-owner".

const member = z.object({ email: z.string().trim().toLowerCase().email().max(320), role: z.enum(ROLES as [Role, ...Role[]]).default("member") });

export const GET = defineRoute({ access: "workspace" }, async ({ access }) => json({ members: await listMembers(access.workspaceId), role: access.role }));

export const POST = defineRoute({ access: "workspace", role: "owner", body: member }, async ({ body, access }) =>
  json({ member: await addMember(access.workspaceId, body.email, body.role, access.userId) }, 201),
);

export const PATCH = defineRoute({ access: "workspace", role: "owner", body: member.required() }, async ({ body, access }) => {
  const changed = await setMemberRole(access.workspaceId, body.email, body.role);
  if (!changed) throw notFound("No such member.");
  return json({ member: changed });
});

export const DELETE = defineRoute({ access: "workspace", role: "owner", body: member.pick({ email: true }) }, async ({ body, access }) => {
  if (!(await removeMember(access.workspaceId, body.email))) throw notFound("No such member.");
  return new Response(null, { status: 204 });
});
