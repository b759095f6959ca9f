import { z } from "zod";
import { revokeShareLink } from "@/lib/db/share-links/share-link-queries";
import { defineRoute } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

export const DELETE = defineRoute({ access: "workspace", params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params, access }) => {
  if (!(await revokeShareLink(access.workspaceId, params.id))) throw notFound("No such live share link.");
  return new Response(null, { status: 204 });
});
