import { cache } from "react";
import { getCorpus } from "@/lib/db/corpora/get-corpus";
import { requirePageAccess } from "@/lib/server/page-access";

/** The ready corpus in the active workspace, or null; cached so layout, metadata and page query it once per request. */
export const findCorpus = cache(async (id: string) => {
  const { workspaceId } = await requirePageAccess();
  return getCorpus(workspaceId, id);
});
