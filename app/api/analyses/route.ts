import { createId } from "@/lib/ids";
import { createAnalysis } from "@/lib/db/analyses/create-analysis";
import { listAnalyses } from "@/lib/db/analyses/list-analyses";
import { getCorporaById } from "@/lib/db/corpora/get-corpora-by-id";
import { notifyAnalysisQueued } from "@/lib/jobs/analysis-queue";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError } from "@/lib/server/http-error";
import { newAnalysisSchema } from "@/lib/workflows/analysis-options";

export const GET = defineRoute({ access: "workspace" }, async () => json({ analyses: await listAnalyses() }));

export const POST = defineRoute({ access: "workspace", body: newAnalysisSchema }, async ({ body }) => {
  const { found, missing } = await getCorporaById([...body.sourceIds, ...body.candidateIds]);
  if (missing.length) throw new HttpError(400, "unknown-corpus", `No such corpus: ${missing.join(", ")}.`, { ids: missing });
  const byId = new Map(found.map((c) => [c.id, c.name]));
  const id = createId("ana");
  const name = body.name || `${body.candidateIds.map((c) => byId.get(c)).join(", ")} vs ${body.sourceIds.length} sources`;
  await createAnalysis({ id, name: name.slice(0, 200), sourceIds: body.sourceIds, candidateIds: body.candidateIds, options: body.options });
  await notifyAnalysisQueued(id);
  return json({ id }, 202);
});
