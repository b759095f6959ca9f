// One term's rate in every corpus of an analysis (uses per million tokens, documents using it): the results
// page's per-source view of the focused term. The share view asks the same through /api/share/[token]/term-rates.
import { z } from "zod";
import { getTermRates } from "@/lib/db/analyses/get-term-rates";
import { termRatesQuery } from "@/lib/server/term-rates-query";
import { defineRoute, json } from "@/lib/server/define-route";

export const GET = defineRoute(
  { access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), query: termRatesQuery },
  async ({ params, query, access }) => json(await getTermRates(access.workspaceId, params.id, query.term)),
);
