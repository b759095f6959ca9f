// Every use of an evidence term in one corpus of an analysis (KWIC), paged and sortable. Readable by the
// analysis' workspace, or with a share token for that analysis (the share view shows the same evidence).
import { z } from "zod";
import { concordancePage } from "@/lib/analysis/evidence/concordance";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { listTermUses } from "@/lib/db/corpora/list-term-uses";
import { checkAccess } from "@/lib/server/access";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";
import { resolveShareToken } from "@/lib/server/share-access";

const query = z.object({
  corpus: z.string().min(1).max(100).describe("corpus id, one of the analysis' corpora"),
  term: z.string().trim().min(1).max(200),
  sort: z.enum(["document", "left", "right"]).default("document"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(10),
  share: z.string().min(1).max(200).optional(),
});

export const GET = defineRoute(
  { access: "public", params: z.object({ id: z.string().min(1).max(100) }), query },
  async ({ request, params, query }) => {
    const workspaceId = await workspaceFor(request, params.id, query.share);
    const analysis = await getAnalysis(workspaceId, params.id);
    if (!analysis?.result) throw notFound("No such analysis.");
    const corpus = analysis.result.corpora.find((c) => c.id === query.corpus);
    if (!corpus) throw new HttpError(400, "unknown-corpus", `Corpus ${query.corpus} is not part of this analysis; use one of its corpora's ids.`);
    const lines = await listTermUses(workspaceId, corpus.id, query.term);
    if (!lines) throw notFound(`The corpus “${corpus.name}” has been deleted since this analysis ran.`);
    return json({ corpus: { id: corpus.id, name: corpus.name, documents: corpus.documents }, term: query.term, sort: query.sort, ...concordancePage(lines, query.sort, query.page, query.pageSize) });
  },
);

/** The workspace to read from: the share link's (only for its own analysis), else the caller's. */
async function workspaceFor(request: Request, analysisId: string, share: string | undefined): Promise<string> {
  if (share) {
    const access = await resolveShareToken(share);
    if (!access || access.analysisId !== analysisId) throw notFound("No such analysis.");
    return access.workspaceId;
  }
  const access = await checkAccess(request, "workspace");
  return access!.workspaceId;
}
