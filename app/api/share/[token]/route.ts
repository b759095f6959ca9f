import { z } from "zod";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";
import { resolveShareToken, SHARE_LINK_GONE } from "@/lib/server/share-access";

// The only unauthenticated data route: one analysis' name and result, nothing else of the workspace.
export const GET = defineRoute({ access: "public", params: z.object({ token: z.string().min(1).max(200) }) }, async ({ params }) => {
  const share = await resolveShareToken(params.token);
  const analysis = share ? await getAnalysis(share.workspaceId, share.analysisId) : null;
  if (!analysis || analysis.status !== "done") throw notFound(SHARE_LINK_GONE);
  const response = json({ analysis: { id: analysis.id, name: analysis.name, createdAt: analysis.createdAt, result: analysis.result } });
  response.headers.set("x-robots-tag", "noindex, nofollow");
  response.headers.set("cache-control", "private, no-store");
  return response;
});
