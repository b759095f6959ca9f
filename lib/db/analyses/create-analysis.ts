import { getDb } from "../client";

export type NewAnalysis = { id: string; workspaceId: string; createdById?: string | null; name: string; sourceIds: string[]; candidateIds: string[]; options: Record<string, unknown> };

export async function createAnalysis(a: NewAnalysis): Promise<void> {
  const db = await getDb();
  await db.analysis.create({
    data: {
      id: a.id,
      workspaceId: a.workspaceId,
      createdById: a.createdById ?? null,
      name: a.name,
      status: "queued",
      sourceIds: JSON.stringify(a.sourceIds),
      candidateIds: JSON.stringify(a.candidateIds),
      options: JSON.stringify(a.options),
    },
  });
}
