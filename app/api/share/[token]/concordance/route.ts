// The concordance of a shared analysis: public, but only for the analysis the share token opens (an unknown,
// revoked or expired token is a plain 404, as the share page is).
import { z } from "zod";
import { getConcordance } from "@/lib/db/analyses/get-concordance";
import { concordanceQuery } from "@/lib/server/concordance-query";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";
import { resolveShareToken, SHARE_LINK_GONE } from "@/lib/server/share-access";

export const GET = defineRoute(
  { access: "public", params: z.object({ token: z.string().min(1).max(200) }), query: concordanceQuery },
  async ({ params, query }) => {
    const shared = await resolveShareToken(params.token);
    if (!shared) throw notFound(SHARE_LINK_GONE);
    return json(await getConcordance(shared.workspaceId, shared.analysisId, query));
  },
);
