import { getDb } from "../client";

export type NewAnalysis = { id: string; name: string; sourceIds: string[]; candidateIds: string[]; options: Record<string, unknown> };

export async function createAnalysis(a: NewAnalysis): Promise<void> {
  const db = await getDb();
  await db.analysis.create({
    data: {
      id: a.id,
      name: a.name,
      status: "queued",
      sourceIds: JSON.stringify(a.sourceIds),
      candidateIds: JSON.stringify(a.candidateIds),
      options: JSON.stringify(a.options),
    },
  });
}
