import { z } from "zod";
import { revokeApiToken } from "@/lib/db/accounts/api-tokens";
import { defineRoute } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

export const DELETE = defineRoute({ access: "user", params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params, access }) => {
  if (!(await revokeApiToken(access.userId, params.id))) throw notFound("No such live token.");
  return new Response(null, { status: 204 });
});
