// The term rates of a shared analysis: public, but only for the analysis the share token opens (an unknown,
// revoked or expired token is a plain 404, as the share page is).
import { z } from "zod";
import { getTermRates } from "@/lib/db/analyses/get-term-rates";
import { termRatesQuery } from "@/lib/server/term-rates-query";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";
import { resolveShareToken, SHARE_LINK_GONE } from "@/lib/server/share-access";

export const GET = defineRoute(
  { access: "public", params: z.object({ token: z.string().min(1).max(200) }), query: termRatesQuery },
  async ({ params, query }) => {
    const shared = await resolveShareToken(params.token);
    if (!shared) throw notFound(SHARE_LINK_GONE);
    return json(await getTermRates(shared.workspaceId, shared.analysisId, query.term));
  },
);
