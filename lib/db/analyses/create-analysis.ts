import { getEnv } from "@/lib/env";
import { getDb } from "../client";
import { insertJob } from "../jobs/job-queries";

export type NewAnalysis = { id: string; workspaceId: string; createdById?: string | null; name: string; sourceIds: string[]; candidateIds: string[]; options: Record<string, unknown> };

/** A queued analysis and its job, in one transaction (call wakeWorkers after). */
export async function createAnalysis(a: NewAnalysis): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.analysis.create({
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
    await insertJob({ kind: "analysis", subjectId: a.id, payload: { analysisId: a.id }, maxAttempts: getEnv().DISTILLSCOPE_JOB_ATTEMPTS }, tx);
  });
}
