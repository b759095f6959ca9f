import { ensureOwnWorkspace, listUserWorkspaces, type WorkspaceView } from "@/lib/db/accounts/workspaces";
import { notFound } from "./http-error";

// The one rule for "which workspace is this request about", for pages and API routes alike: the
// x-workspace-id header (scripts) when given, which must be one of the caller's; else the workspace cookie
// when the caller is still a member; else their oldest membership. Someone removed from every workspace
// gets an empty one of their own rather than a dead end.

export type ResolvedWorkspace = { workspace: WorkspaceView; workspaces: WorkspaceView[] };

/** `known`: the user's workspaces when the caller has just read them (listSessionWorkspaces), else they are read here. */
export async function resolveWorkspace(userId: string, wanted: { header?: string | null; cookie?: string | null }, known?: WorkspaceView[]): Promise<ResolvedWorkspace> {
  let workspaces = known ?? (await listUserWorkspaces(userId));
  if (wanted.header) {
    const asked = workspaces.find((w) => w.id === wanted.header);
    if (!asked) throw notFound("No such workspace.");
    return { workspace: asked, workspaces };
  }
  if (workspaces.length === 0) workspaces = await ensureOwnWorkspace(userId);
  const workspace = workspaces.find((w) => w.id === wanted.cookie) ?? workspaces[0];
  return { workspace, workspaces };
}
