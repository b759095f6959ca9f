import { z } from "zod";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

export const GET = defineRoute({ access: "workspace", params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params, access }) => {
  const analysis = await getAnalysis(access.workspaceId, params.id);
  if (!analysis) throw notFound("No such analysis.");
  return json({ analysis });
});
