import { z } from "zod";
import { deleteCollectionRun, getCollectionRun } from "@/lib/db/collect/collection-runs";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError, notFound } from "@/lib/server/http-error";

const params = z.object({ id: z.string().min(1).max(100) });

export const GET = defineRoute({ access: "workspace", params }, async ({ params, access }) => {
  const collection = await getCollectionRun(access.workspaceId, params.id);
  if (!collection) throw notFound("No such collection.");
  return json({ collection });
});

/** Removes the run and its stored answers; a corpus it made stays. */
export const DELETE = defineRoute({ access: "workspace", params }, async ({ params, access }) => {
  const collection = await getCollectionRun(access.workspaceId, params.id);
  if (!collection) throw notFound("No such collection.");
  if (collection.status === "running") throw new HttpError(409, "running", "Cancel the collection before deleting it.");
  await deleteCollectionRun(access.workspaceId, params.id);
  return new Response(null, { status: 204 });
});
