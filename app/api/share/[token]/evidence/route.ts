// The evidence terms of one pair of a shared analysis: public, but only for the analysis the share token opens
// (an unknown, revoked or expired token is a plain 404, as the share page is).
import { z } from "zod";
import { getPairEvidence } from "@/lib/db/analyses/get-pair-evidence";
import { evidenceQuery } from "@/lib/server/evidence-query";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";
import { resolveShareToken, SHARE_LINK_GONE } from "@/lib/server/share-access";

export const GET = defineRoute(
  { access: "public", params: z.object({ token: z.string().min(1).max(200) }), query: evidenceQuery },
  async ({ params, query }) => {
    const shared = await resolveShareToken(params.token);
    if (!shared) throw notFound(SHARE_LINK_GONE);
    return json(await getPairEvidence(shared.workspaceId, shared.analysisId, query.candidate, query.source));
  },
);
