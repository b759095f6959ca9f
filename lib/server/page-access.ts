import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getUser, type UserView } from "@/lib/db/accounts/users";
import { createWorkspace, listUserWorkspaces, type Role, type WorkspaceView } from "@/lib/db/accounts/workspaces";
import { getAuth } from "./auth/auth";
import { WORKSPACE_COOKIE } from "./workspace-cookie";

// Server components call this before reading workspace data: no session → /sign-in. The active workspace
// is the cookie's when the user is still a member of it, else their first.

/** workspaceId repeats workspace.id, for pages that only pass it on to queries. */
export type PageAccess = { user: UserView; workspace: { id: string; name: string }; workspaceId: string; role: Role; workspaces: WorkspaceView[] };

/** The signed-in user, or null (for pages that work both ways, like the header's user menu). */
export async function getPageUser(): Promise<UserView | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? getUser(session.user.id) : null;
}

export async function requirePageAccess(): Promise<PageAccess> {
  const access = await getPageAccess();
  if (!access) redirect("/sign-in");
  return access;
}

/** The same as requirePageAccess, or null without a session (no redirect). */
export async function getPageAccess(): Promise<PageAccess | null> {
  const user = await getPageUser();
  if (!user) return null;
  let workspaces = await listUserWorkspaces(user.id);
  // Removed from every workspace: start again with an empty one of their own rather than a dead end.
  if (workspaces.length === 0) workspaces = [await createWorkspace(`${user.name || user.email.split("@")[0]}'s workspace`, user.id)];
  const wanted = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const active = workspaces.find((w) => w.id === wanted) ?? workspaces[0];
  return { user, workspace: { id: active.id, name: active.name }, workspaceId: active.id, role: active.role, workspaces };
}
