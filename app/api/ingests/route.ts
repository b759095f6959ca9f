import { createId } from "@/lib/ids";
import { createIngest } from "@/lib/db/ingests/ingest-queries";
import { defineRoute, json } from "@/lib/server/define-route";
import { newSpool } from "@/lib/uploads/upload-spool";
import { enforceRateLimit, enforceUploadQuota } from "@/lib/server/limits";

export const POST = defineRoute({ access: "workspace" }, async ({ access }) => {
  await enforceRateLimit(access, "upload");
  await enforceUploadQuota(access, 0);
  const id = createId("ing");
  await createIngest({ workspaceId: access.workspaceId, userId: access.userId }, id, newSpool(id).dir);
  return json({ id }, 201);
});
