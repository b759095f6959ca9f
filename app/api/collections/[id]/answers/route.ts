import { z } from "zod";
import { listAnswers } from "@/lib/db/collect/collection-answers";
import { getCollectionRun } from "@/lib/db/collect/collection-runs";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

const query = z.object({ page: z.coerce.number().int().min(1).default(1), status: z.enum(["pending", "done", "failed"]).optional() });
const PAGE = 50;

/** The stored answers (and reasoning, kept apart), page by page, as they arrive. */
export const GET = defineRoute({ access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), query }, async ({ params, query, access }) => {
  const run = await getCollectionRun(access.workspaceId, params.id);
  if (!run) throw notFound("No such collection.");
  const answers = await listAnswers(run.id, { skip: (query.page - 1) * PAGE, take: PAGE, status: query.status });
  return json({ page: query.page, pageSize: PAGE, answers });
});
