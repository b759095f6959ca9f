import { createId } from "@/lib/ids";
import { wakeWorkers } from "@/lib/jobs/wake-workers";
import { createAnalysis } from "@/lib/db/analyses/create-analysis";
import { listAnalyses } from "@/lib/db/analyses/list-analyses";
import { getCorporaById } from "@/lib/db/corpora/get-corpora-by-id";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError } from "@/lib/server/http-error";
import { enforceRateLimit } from "@/lib/server/limits";
import { newAnalysisSchema } from "@/lib/workflows/analysis-options";

export const GET = defineRoute({ access: "workspace" }, async ({ access }) => json({ analyses: await listAnalyses(access.workspaceId) }));

export const POST = defineRoute({ access: "workspace", body: newAnalysisSchema }, async ({ body, access }) => {
  const { found, missing } = await getCorporaById(access.workspaceId, [...body.sourceIds, ...body.candidateIds]);
  if (missing.length) throw new HttpError(400, "unknown-corpus", `No such corpus: ${missing.join(", ")}.`, { ids: missing });
  await enforceRateLimit(access, "analysis");
  const byId = new Map(found.map((c) => [c.id, c.name]));
  const id = createId("ana");
  const name = body.name || `${body.candidateIds.map((c) => byId.get(c)).join(", ")} vs ${body.sourceIds.length} sources`;
  await createAnalysis({ id, workspaceId: access.workspaceId, createdById: access.userId, name: name.slice(0, 200), sourceIds: body.sourceIds, candidateIds: body.candidateIds, options: body.options });
  await wakeWorkers();
  return json({ id }, 202);
});
