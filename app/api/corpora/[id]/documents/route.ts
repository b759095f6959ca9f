import { z } from "zod";
import { getCorpus } from "@/lib/db/corpora/get-corpus";
import { listDocuments } from "@/lib/db/corpora/list-documents";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

export const GET = defineRoute(
  {
    access: "workspace",
    params: z.object({ id: z.string().min(1).max(100) }),
    query: z.object({
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(20),
      q: z.string().max(500).optional(),
    }),
  },
  async ({ params, query, access }) => {
    if (!(await getCorpus(access.workspaceId, params.id))) throw notFound("No such corpus.");
    return json(await listDocuments(access.workspaceId, params.id, { page: query.page, pageSize: query.pageSize, search: query.q }));
  },
);
