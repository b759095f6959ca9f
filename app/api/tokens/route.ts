import { z } from "zod";
import { createApiToken, listApiTokens } from "@/lib/db/accounts/api-tokens";
import { defineRoute, json } from "@/lib/server/define-route";

// Personal API tokens of the signed-in user. The token itself is in the POST answer only, never again.

export const GET = defineRoute({ access: "user" }, async ({ access }) => json({ tokens: await listApiTokens(access.userId) }));

export const POST = defineRoute({ access: "user", body: z.object({ name: z.string().trim().min(1).max(100) }) }, async ({ body, access }) => {
  const { token, apiToken } = await createApiToken(access.userId, body.name);
  return json({ token, apiToken }, 201);
});
