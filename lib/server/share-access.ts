import { findAnalysisForShareToken } from "@/lib/db/share-links/share-link-queries";

/** The one analysis a share token opens; null when the token is unknown, revoked or expired. */
export async function resolveShareToken(token: string): Promise<{ analysisId: string } | null> {
  const analysisId = await findAnalysisForShareToken(token);
  return analysisId ? { analysisId } : null;
}
