import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { UserView } from "@/lib/db/accounts/users";
import { listSessionWorkspaces, type Role, type WorkspaceView } from "@/lib/db/accounts/workspaces";
import { getSessionUser, getSignedSessionToken } from "./auth/auth";
import { resolveWorkspace } from "./resolve-workspace";
import { WORKSPACE_COOKIE } from "./workspace-cookie";

// Server components call this before reading workspace data: no session → /sign-in. The workspace comes
// from the same resolver as the API's (resolve-workspace.ts); what the page may offer comes from
// permissions.ts (canWrite, canManageMembers), never from comparing role names here and there.

/** workspaceId repeats workspace.id, for pages that only pass it on to queries. */
export type PageAccess = { user: UserView; workspace: { id: string; name: string }; workspaceId: string; role: Role; workspaces: WorkspaceView[] };

/** The signed-in user, or null (for pages that work both ways, like the header's user menu). */
export async function getPageUser(): Promise<UserView | null> {
  return getSessionUser({ headers: await headers() });
}

export async function requirePageAccess(): Promise<PageAccess> {
  const access = await getPageAccess();
  if (!access) redirect("/sign-in");
  return access;
}

/** The same as requirePageAccess, or null without a session (no redirect). */
// Cached per request: the header, the layouts and the page all ask, and each ask costs a session lookup and
// three queries.
export const getPageAccess = cache(readPageAccess);

async function readPageAccess(): Promise<PageAccess | null> {
  const request = { headers: await headers() };
  // The memberships are read beside the session check, not after it: one wait for the database instead of
  // two (on PostgreSQL each is a round trip to another process, slow on a busy machine). They are used only
  // when the session check signs the user in and they are that user's; otherwise they are read as before.
  const token = await getSignedSessionToken(request);
  const [user, read] = await Promise.all([getSessionUser(request), token ? listSessionWorkspaces(token) : null]);
  if (!user) return null;
  const known = read?.length && read.every((w) => w.userId === user.id) ? read.map(({ id, name, role }) => ({ id, name, role })) : undefined;
  const { workspace, workspaces } = await resolveWorkspace(user.id, { cookie: (await cookies()).get(WORKSPACE_COOKIE)?.value }, known);
  return { user, workspace: { id: workspace.id, name: workspace.name }, workspaceId: workspace.id, role: workspace.role, workspaces };
}
