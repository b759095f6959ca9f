import { z } from "zod";
import { getCollectionRun, requestCancel } from "@/lib/db/collect/collection-runs";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";

/** A queued run stops at once; a running one at its worker's next heartbeat (answers in flight are kept). */
export const POST = defineRoute({ access: "workspace", params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params, access }) => {
  const run = await getCollectionRun(access.workspaceId, params.id);
  if (!run) throw notFound("No such collection.");
  if (!(await requestCancel(access.workspaceId, params.id))) throw new HttpError(409, "not-running", `The collection is ${run.status}: there is nothing to cancel.`);
  return json({ collection: await getCollectionRun(access.workspaceId, params.id) }, 202);
});
