import { z } from "zod";
import { wakeWorkers } from "@/lib/jobs/wake-workers";
import { collectionSettingsSchema } from "@/lib/collect/collection-settings";
import { reopenFailedAnswers } from "@/lib/db/collect/collection-answers";
import { getCollectionRun, requeueCollectionRun } from "@/lib/db/collect/collection-runs";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";

const body = z.object({ budget: z.object({ requests: z.number().int().min(1).nullable().optional(), tokens: z.number().int().min(1).nullable().optional() }).optional(), retryFailed: z.boolean().default(true) });

/** Asks what is still unanswered (and, by default, what failed), with a new budget if given. */
export const POST = defineRoute({ access: "workspace", params: z.object({ id: z.string().min(1).max(100) }), body }, async ({ params, body, access }) => {
  const run = await getCollectionRun(access.workspaceId, params.id);
  if (!run) throw notFound("No such collection.");
  const settings = body.budget ? { ...run.settings, budget: collectionSettingsSchema.shape.budget.parse({ ...run.settings.budget, ...body.budget }) } : undefined;
  if (!(await requeueCollectionRun(access.workspaceId, params.id, { finish: false, settings }))) {
    throw new HttpError(409, "not-resumable", `The collection is ${run.status}: only stopped, cancelled or failed collections can be resumed.`);
  }
  if (body.retryFailed) await reopenFailedAnswers(params.id);
  await wakeWorkers();
  return json({ collection: await getCollectionRun(access.workspaceId, params.id) }, 202);
});
