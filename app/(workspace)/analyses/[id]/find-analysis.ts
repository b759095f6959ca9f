import { cache } from "react";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { listShareLinks } from "@/lib/db/share-links/list-share-links";
import { requirePageAccess } from "@/lib/server/page-access";
import { canWrite } from "@/lib/server/permissions";

/** The analysis in the active workspace, or null; cached so layout, metadata and page query it once per request. */
export const findAnalysis = cache(async (id: string) => {
  const { workspaceId } = await requirePageAccess();
  return getAnalysis(workspaceId, id);
});

/**
 * The analysis' share links, for those who may share (others: none); cached per request. The layout starts
 * this read beside findAnalysis (preloadShareLinks), so the page does not wait for a second round trip after
 * the first. Scoped to the workspace: another workspace's analysis id lists nothing.
 */
export const findShareLinks = cache(async (id: string) => {
  const { workspaceId, role } = await requirePageAccess();
  return canWrite(role) ? listShareLinks(workspaceId, id) : [];
});

/** Starts findShareLinks without waiting; its error, if any, is the page's to meet when it awaits it. */
export function preloadShareLinks(id: string): void {
  findShareLinks(id).catch(() => undefined);
}
