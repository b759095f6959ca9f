import { z } from "zod";
import { deleteCorpus } from "@/lib/db/corpora/delete-corpus";
import { getCorpus } from "@/lib/db/corpora/get-corpus";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

const params = z.object({ id: z.string().min(1).max(100) });

export const GET = defineRoute({ access: "workspace", params }, async ({ params }) => {
  const corpus = await getCorpus(params.id);
  if (!corpus) throw notFound("No such corpus.");
  return json({ corpus });
});

export const DELETE = defineRoute({ access: "workspace", params }, async ({ params }) => {
  if (!(await deleteCorpus(params.id))) throw notFound("No such corpus.");
  return new Response(null, { status: 204 });
});
