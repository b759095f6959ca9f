import { z } from "zod";
import { getMembershipRole } from "@/lib/db/accounts/workspaces";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";
import { isHttps } from "@/lib/server/public-origin";
import { WORKSPACE_COOKIE } from "@/lib/server/workspace-cookie";

/** Makes a workspace the caller belongs to the active one (a cookie; every request re-checks membership). */
export const POST = defineRoute({ access: "user", body: z.object({ workspaceId: z.string().min(1).max(100) }) }, async ({ body, access, request }) => {
  const role = await getMembershipRole(access.userId, body.workspaceId);
  if (!role) throw notFound("No such workspace.");
  const response = json({ workspaceId: body.workspaceId, role });
  const secure = isHttps(request) ? "; Secure" : "";
  response.headers.append("set-cookie", `${WORKSPACE_COOKIE}=${encodeURIComponent(body.workspaceId)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000${secure}`);
  return response;
});
