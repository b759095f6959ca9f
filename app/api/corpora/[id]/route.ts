import { z } from "zod";
import { deleteCorpus } from "@/lib/db/corpora/delete-corpus";
import { getCorpus } from "@/lib/db/corpora/get-corpus";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

const params = z.object({ id: z.string().min(1).max(100) });

export const GET = defineRoute({ access: "workspace", params }, async ({ params, access }) => {
  const corpus = await getCorpus(access.workspaceId, params.id);
  if (!corpus) throw notFound("No such corpus.");
  return json({ corpus });
});

export const DELETE = defineRoute({ access: "workspace", params }, async ({ params, access }) => {
  if (!(await deleteCorpus(access.workspaceId, params.id))) throw notFound("No such corpus.");
  return new Response(null, { status: 204 });
});
