import { getDb } from "../client";

// One row per prompt × sample. An answer is written the moment it arrives, and only onto a pending row: a
// prompt answered once is never answered (or asked) again, whatever crashed in between.

export type PendingAnswer = { id: number; promptIndex: number; sample: number; prompt: string; promptId: string | null };

export async function nextPendingAnswers(runId: string, afterId: number, take: number): Promise<PendingAnswer[]> {
  const db = await getDb();
  return db.collectionAnswer.findMany({
    where: { runId, status: "pending", id: { gt: afterId } },
    orderBy: { id: "asc" },
    take,
    select: { id: true, promptIndex: true, sample: true, prompt: true, promptId: true },
  });
}

export type StoredAnswer = { text: string; reasoning: string; finishReason: string; refusal: boolean; empty: boolean; attempts: number; inputTokens: number; outputTokens: number; latencyMs: number };

/** Who may write answers: the call that holds the run. A call that lost the run writes nothing. */
export type RunHolder = { runId: string; workerId: string };

/**
 * Returns false when the row was already settled or the run has been taken over (then nothing is written).
 * The write locks the run row first, so a taker that claims the run afterwards reads this answer as settled,
 * and one that claimed it before makes this write a no-op: an answered prompt is never asked again.
 */
export async function storeAnswer(id: number, answer: StoredAnswer, holder: RunHolder): Promise<boolean> {
  return settleWhileHeld(id, holder, { ...answer, reasoning: answer.reasoning || null, status: "done", error: null, answeredAt: new Date() });
}

export async function failAnswer(id: number, error: string, attempts: number, holder: RunHolder): Promise<boolean> {
  return settleWhileHeld(id, holder, { status: "failed", error: error.slice(0, 4000), attempts });
}

type Settlement = Parameters<Awaited<ReturnType<typeof getDb>>["collectionAnswer"]["updateMany"]>[0]["data"];

async function settleWhileHeld(id: number, holder: RunHolder, data: Settlement): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const held = await tx.collectionRun.updateMany({ where: { id: holder.runId, claimedBy: holder.workerId }, data: { claimedBy: holder.workerId } });
    if (held.count === 0) return false;
    const { count } = await tx.collectionAnswer.updateMany({ where: { id, runId: holder.runId, status: "pending" }, data });
    return count === 1;
  });
}

/** Failed answers are asked again when a run is resumed. */
export async function reopenFailedAnswers(runId: string): Promise<number> {
  const db = await getDb();
  const { count } = await db.collectionAnswer.updateMany({ where: { runId, status: "failed" }, data: { status: "pending", error: null } });
  return count;
}

export type AnswerTally = { answered: number; failed: number; pending: number; empty: number; refusals: number; requests: number; inputTokens: number; outputTokens: number };

export async function tallyAnswers(runId: string): Promise<AnswerTally> {
  const db = await getDb();
  const groups = await db.collectionAnswer.groupBy({
    by: ["status", "empty", "refusal"],
    where: { runId },
    _count: { _all: true },
    _sum: { attempts: true, inputTokens: true, outputTokens: true },
  });
  const tally: AnswerTally = { answered: 0, failed: 0, pending: 0, empty: 0, refusals: 0, requests: 0, inputTokens: 0, outputTokens: 0 };
  for (const g of groups) {
    const n = g._count._all;
    if (g.status === "done") tally.answered += n;
    else if (g.status === "failed") tally.failed += n;
    else tally.pending += n;
    if (g.status === "done" && g.empty) tally.empty += n;
    if (g.status === "done" && g.refusal) tally.refusals += n;
    tally.requests += g._sum.attempts ?? 0;
    tally.inputTokens += g._sum.inputTokens ?? 0;
    tally.outputTokens += g._sum.outputTokens ?? 0;
  }
  return tally;
}

export type DoneAnswer = { id: number; promptIndex: number; sample: number; prompt: string; promptId: string | null; text: string; reasoning: string | null; finishReason: string | null; refusal: boolean; empty: boolean };

/** Answered rows in prompt order, a page at a time (memory stays flat for any run size). */
export async function* iterateDoneAnswers(runId: string, batchSize = 1000): AsyncGenerator<DoneAnswer[]> {
  const db = await getDb();
  let after = { promptIndex: -1, sample: 0 };
  for (;;) {
    const rows = await db.collectionAnswer.findMany({
      where: { runId, status: "done", OR: [{ promptIndex: { gt: after.promptIndex } }, { promptIndex: after.promptIndex, sample: { gt: after.sample } }] },
      orderBy: [{ promptIndex: "asc" }, { sample: "asc" }],
      take: batchSize,
      select: { id: true, promptIndex: true, sample: true, prompt: true, promptId: true, text: true, reasoning: true, finishReason: true, refusal: true, empty: true },
    });
    if (rows.length === 0) return;
    yield rows.map((r) => ({ ...r, text: r.text ?? "" }));
    const last = rows[rows.length - 1];
    after = { promptIndex: last.promptIndex, sample: last.sample };
  }
}

export async function listAnswers(runId: string, opts: { skip?: number; take?: number; status?: string } = {}) {
  const db = await getDb();
  return db.collectionAnswer.findMany({
    where: { runId, ...(opts.status ? { status: opts.status } : {}) },
    orderBy: [{ promptIndex: "asc" }, { sample: "asc" }],
    skip: opts.skip,
    take: opts.take ?? 50,
    select: { promptIndex: true, sample: true, prompt: true, status: true, text: true, reasoning: true, refusal: true, empty: true, attempts: true, error: true, finishReason: true, latencyMs: true },
  });
}
