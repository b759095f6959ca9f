import { findAnalysisForShareToken } from "@/lib/db/share-links/share-link-queries";

/** The one analysis a share token opens (with the workspace to read it from); null when the token is unknown, revoked or expired. */
export async function resolveShareToken(token: string): Promise<{ analysisId: string; workspaceId: string } | null> {
  return findAnalysisForShareToken(token);
}

/** What every share route answers (404) for a token that opens nothing: which of the three is not said. */
export const SHARE_LINK_GONE = "This share link does not exist, has expired, or was revoked.";
