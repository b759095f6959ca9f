import type { ConnectionView } from "@/lib/db/collect/connections";
import type { WorkspaceAccess } from "@/lib/server/access";
import { HttpError } from "@/lib/server/http-error";

// Owners manage connections and their keys; members use them (collect, test); viewers see that they exist.

export function requireOwner(access: WorkspaceAccess): void {
  if (access.role !== "owner") throw new HttpError(403, "owner-only", "Only an owner of this workspace can add, change or remove connections and their keys.");
}

/** What the browser gets: never the key; the last four characters only for those who may use it. */
export function connectionForRole(connection: ConnectionView, access: WorkspaceAccess) {
  const { keyHint, ...rest } = connection;
  const mask = keyHint === null ? null : `••••••••${keyHint}`;
  return { ...rest, keyMask: access.role === "viewer" ? (connection.hasKey ? "••••••••" : null) : mask };
}
