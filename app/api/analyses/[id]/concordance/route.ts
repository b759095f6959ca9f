// Every use of an evidence term in one corpus of an analysis (KWIC), paged and sortable by left or right
// context. The share view asks the same through /api/share/[token]/concordance.
import { z } from "zod";
import { getConcordance } from "@/lib/db/analyses/get-concordance";
import { concordanceQuery } from "@/lib/server/concordance-query";
import { defineRoute, json } from "@/lib/server/define-route";

export const GET = defineRoute(
  { access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), query: concordanceQuery },
  async ({ params, query, access }) => json(await getConcordance(access.workspaceId, params.id, query)),
);
