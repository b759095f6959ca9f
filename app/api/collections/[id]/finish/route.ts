import { z } from "zod";
import { wakeWorkers } from "@/lib/jobs/wake-workers";
import { getCollectionRun, requeueCollectionRun } from "@/lib/db/collect/collection-runs";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";

/** Makes the corpus from what a stopped or cancelled collection has answered so far. */
export const POST = defineRoute({ access: "workspace", params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params, access }) => {
  const run = await getCollectionRun(access.workspaceId, params.id);
  if (!run) throw notFound("No such collection.");
  if (run.answered === 0) throw new HttpError(409, "nothing-answered", "Nothing has been answered yet: resume the collection instead.");
  if (!(await requeueCollectionRun(access.workspaceId, params.id, { finish: true }))) {
    throw new HttpError(409, "not-finishable", `The collection is ${run.status}: only stopped, cancelled or failed collections can be finished early.`);
  }
  await wakeWorkers();
  return json({ collection: await getCollectionRun(access.workspaceId, params.id) }, 202);
});
