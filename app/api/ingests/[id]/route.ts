import { z } from "zod";
import { getIngest } from "@/lib/db/ingests/ingest-queries";
import { defineRoute, json } from "@/lib/server/define-route";
import { notFound } from "@/lib/server/http-error";

export const GET = defineRoute({ access: "workspace", params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params, access }) => {
  const ingest = await getIngest(access.workspaceId, params.id);
  if (!ingest) throw notFound("No such upload.");
  return json({ ingest });
});
