import { notFound } from "./http-error";

// Who is asking, and what they may reach. Everyone is admitted for now: accounts will change
// only this module (and page-access.ts), never the routes.

export type Access = { kind: "workspace" } | { kind: "share"; analysisId: string };

export type AccessRule = "workspace" | "public";

export async function checkAccess(_request: Request, rule: AccessRule): Promise<Access | null> {
  if (rule === "public") return null;
  return { kind: "workspace" };
}

/** Share access reaches exactly one analysis; anything else is reported as missing, never as forbidden. */
export function assertAnalysisAccess(access: Access | null, analysisId: string): void {
  if (access?.kind === "share" && access.analysisId !== analysisId) throw notFound();
}
