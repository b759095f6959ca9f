import { getUser } from "@/lib/db/accounts/users";
import type { Role } from "@/lib/db/accounts/workspaces";
import { HttpError } from "./http-error";

// Who may do what, in one place (pages and routes both ask here). Workspace roles: owner > member > viewer.
// The instance admin is a user flag, not a workspace role: it opens and closes sign-up.

/** The least a route needs: a workspace role, or the instance admin. */
export type RequiredRole = "viewer" | "member" | "owner" | "admin";

/** Owners and members change data; viewers only look. */
export const canWrite = (role: Role): boolean => role === "owner" || role === "member";

/** Only owners add, remove and re-role members. */
export const canManageMembers = (role: Role): boolean => role === "owner";

export async function isInstanceAdmin(userId: string): Promise<boolean> {
  return (await getUser(userId))?.isAdmin === true;
}

/** Throws the 403 a person can act on when the caller lacks `required`. */
export async function assertRole(caller: { userId: string; role: Role }, required: RequiredRole): Promise<void> {
  if (required === "viewer") return;
  if (required === "member" && !canWrite(caller.role)) {
    throw new HttpError(403, "read-only", "Viewers can look but not change anything in this workspace. Ask an owner for the member role.");
  }
  if (required === "owner" && !canManageMembers(caller.role)) {
    throw new HttpError(403, "owner-only", "Only an owner of this workspace can manage its members.");
  }
  if (required === "admin" && !(await isInstanceAdmin(caller.userId))) {
    throw new HttpError(403, "admin-only", "Only the instance admin can do this.");
  }
}
