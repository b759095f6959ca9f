import { cache } from "react";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { requirePageAccess } from "@/lib/server/page-access";

/** The analysis in the active workspace, or null; cached so layout, metadata and page query it once per request. */
export const findAnalysis = cache(async (id: string) => {
  const { workspaceId } = await requirePageAccess();
  return getAnalysis(workspaceId, id);
});
