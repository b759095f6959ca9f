import { createId } from "@/lib/ids";
import { createIngest } from "@/lib/db/ingests/ingest-queries";
import { defineRoute, json } from "@/lib/server/define-route";
import { uploadDirFor } from "@/lib/uploads/save-upload";

export const POST = defineRoute({ access: "workspace" }, async () => {
  const id = createId("ing");
  await createIngest(id, uploadDirFor(id));
  return json({ id }, 201);
});
