import { z } from "zod";
import { createWorkspace, listUserWorkspaces } from "@/lib/db/accounts/workspaces";
import { defineRoute, json } from "@/lib/server/define-route";

export const GET = defineRoute({ access: "user" }, async ({ access }) =>
  json({ workspaces: await listUserWorkspaces(access.userId), activeWorkspaceId: access.workspaceId }),
);

/** A new workspace owned by the caller (switch to it with POST /api/workspaces/switch). */
export const POST = defineRoute({ access: "user", body: z.object({ name: z.string().trim().min(1).max(100) }) }, async ({ body, access }) =>
  json({ workspace: await createWorkspace(body.name, access.userId) }, 201),
);
