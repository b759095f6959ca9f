import { z } from "zod";
import { wakeWorkers } from "@/lib/jobs/wake-workers";
import { requestConnectionTest } from "@/lib/db/collect/connections";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

// Queues a test for the worker (the only process that opens keys); GET /api/connections/:id shows the result.
export const POST = defineRoute({ access: "workspace", params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params, access }) => {
  if (!(await requestConnectionTest(access.workspaceId, params.id))) throw notFound("No such connection.");
  await wakeWorkers();
  return json({ queued: true }, 202);
});
