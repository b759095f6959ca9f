// One candidate–source pair's evidence terms: the results page carries only the pairs it shows first
// (lib/db/analyses/results-page-view.ts) and reads the others here when picked. The share view asks the same
// through /api/share/[token]/evidence.
import { z } from "zod";
import { getPairEvidence } from "@/lib/db/analyses/get-pair-evidence";
import { evidenceQuery } from "@/lib/server/evidence-query";
import { defineRoute, json } from "@/lib/server/define-route";

export const GET = defineRoute(
  { access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), query: evidenceQuery },
  async ({ params, query, access }) => json(await getPairEvidence(access.workspaceId, params.id, query.candidate, query.source)),
);
