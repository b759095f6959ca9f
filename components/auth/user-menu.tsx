import Link from "next/link";
import { getPageAccess } from "@/lib/server/page-access";
import { UserMenuControls } from "./user-menu-controls";

/** The header's account corner: the workspace switcher and the user menu, or a sign-in link. */
export async function UserMenu() {
  const access = await getPageAccess();
  if (!access) {
    return (
      <Link href="/sign-in" className="rounded-md px-2.5 py-1.5 text-sm font-medium text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800">
        Sign in
      </Link>
    );
  }
  return (
    <UserMenuControls
      user={{ name: access.user.name, email: access.user.email, isAdmin: access.user.isAdmin }}
      workspaces={access.workspaces.map((w) => ({ id: w.id, name: w.name, role: w.role }))}
      activeWorkspaceId={access.workspaceId}
    />
  );
}
