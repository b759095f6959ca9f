import { randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import { getConnectionSecret } from "@/lib/db/collect/connections";
import { failAnswer, nextPendingAnswers, storeAnswer, tallyAnswers, type PendingAnswer } from "@/lib/db/collect/collection-answers";
import { endCollectionRun, loadCollectionRun, reportCollectionProgress, type RunCounts } from "@/lib/db/collect/collection-runs";
import { getDb } from "@/lib/db/client";
import { decryptApiKey, redactKey } from "./api-key-cipher";
import { askModel, createLanguageModel } from "./ask-model";
import { acquireSlot } from "./connection-slots";
import { decideRetry, ModelCallError, type CallFailure } from "./call-failure";
import { isRefusal } from "./detect-refusal";
import { finishCollection, NothingToKeepError } from "./finish-collection";
import type { Provider } from "./providers";

// The collection handler: idempotent and resumable. All state is in the database (one answer row per
// prompt × sample), so it needs only the run id, an abort signal and a heartbeat. Whatever stopped it
// before (a crash, kill -9, a cancel), it asks only what has no stored answer yet.

export type CollectionJobContext = {
  /** Who runs it: progress is only written while this worker holds the run. */
  workerId: string;
  /** Aborts in-flight requests: the run stays resumable (a worker shutting down, Ctrl-C in the CLI). */
  signal?: AbortSignal;
  /** Called at every progress write (about once a second): the job runner renews its lease here. */
  heartbeat?: () => Promise<void> | void;
  /** The CLI passes its key (never stored); the worker decrypts the connection's. */
  apiKey?: string;
  onProgress?: (progress: LiveProgress) => void;
  progressEveryMs?: number;
  /** On a cancel, a budget stop or a shutdown, requests in flight get this long to finish and be stored. */
  graceMs?: number;
};

export type LiveProgress = RunCounts & { total: number; pending: number; etaSeconds: number | null; stage: string; lastError: string | null };

export type CollectionOutcome = { status: "done" | "failed" | "stopped" | "cancelled" | "interrupted" | "lost" | "skipped"; message?: string; corpusId?: string | null };

type StopReason = "complete" | "cancelled" | "budget-requests" | "budget-tokens" | "fatal" | "interrupted" | "lost";

const PAGE = 200;

export async function runCollection(runId: string, ctx: CollectionJobContext): Promise<CollectionOutcome> {
  const leaseMs = getEnv().DISTILLSCOPE_LEASE_SECONDS * 1000;
  const run = await loadCollectionRun(runId);
  if (!run) return { status: "skipped", message: "no such run" };
  const db = await getDb();
  // Take the run (a job runner may hand it over from a worker that died). The holder is this call, not just
  // this process: whoever takes the run later (even this process, after a lapsed lease) makes this call stop.
  ctx = { ...ctx, workerId: `${ctx.workerId}#${randomBytes(6).toString("base64url")}` };
  const taken = await db.collectionRun.updateMany({
    where: { id: runId, status: { in: ["queued", "running"] } },
    data: { status: "running", claimedBy: ctx.workerId, leaseUntil: new Date(Date.now() + leaseMs), startedAt: run.startedAt ?? new Date(), cancelRequested: false },
  });
  if (taken.count === 0) return { status: "skipped", message: `run is ${run.status}` };
  const createdBy = (await db.collectionRun.findUnique({ where: { id: runId }, select: { createdById: true } }))?.createdById ?? null;

  let apiKey = ctx.apiKey;
  if (apiKey === undefined && run.connectionId) {
    const connection = await getConnectionSecret(run.connectionId);
    try {
      apiKey = connection?.keyCipher ? decryptApiKey(connection.keyCipher, { workspaceId: connection.workspaceId, connectionId: connection.id }) : undefined;
    } catch (error) {
      return fail(runId, ctx.workerId, "key-unreadable", (error as Error).message);
    }
  }
  if (!run.connectionId && ctx.apiKey === undefined) {
    return fail(runId, ctx.workerId, "no-key", "This run was started from the command line, whose key is never stored: continue it there with --resume.");
  }

  const stage = async (name: string) => {
    await db.collectionRun.updateMany({ where: { id: runId, claimedBy: ctx.workerId }, data: { stage: name, leaseUntil: new Date(Date.now() + leaseMs) } });
    await ctx.heartbeat?.();
  };

  if (!run.finishRequested) {
    const result = await collectAnswers(run, apiKey, ctx, leaseMs);
    if (result.reason !== "complete") {
      if (result.reason === "lost") return { status: "lost" };
      if (result.reason === "interrupted") {
        // Shutting down: let another worker (or this one, restarted) take the run at once.
        await db.collectionRun.updateMany({ where: { id: runId, claimedBy: ctx.workerId }, data: { ...result.counts, leaseUntil: new Date(0), retrying: 0, etaSeconds: null } });
        return { status: "interrupted" };
      }
      if (result.reason === "fatal") return fail(runId, ctx.workerId, result.failure?.kind ?? "failed", result.failure?.message ?? "failed", result.counts);
      const status = result.reason === "cancelled" ? "cancelled" : "stopped";
      await endCollectionRun(runId, ctx.workerId, { status, stopReason: result.reason, ...result.counts });
      return { status };
    }
  }
  try {
    const fresh = await loadCollectionRun(runId);
    const made = await finishCollection({ ...fresh!, workspaceId: run.workspaceId }, createdBy, stage);
    const tally = await tallyAnswers(runId);
    await endCollectionRun(runId, ctx.workerId, { status: "done", corpusId: made.corpusId, reasoningCorpusId: made.reasoningCorpusId, ...countsOf(tally) });
    return { status: "done", corpusId: made.corpusId };
  } catch (error) {
    const code = error instanceof NothingToKeepError ? "nothing-to-keep" : "finish-failed";
    if (!(error instanceof NothingToKeepError)) console.error(`collection ${runId}: finishing failed`, error);
    return fail(runId, ctx.workerId, code, (error as Error).message);
  }
}

async function fail(runId: string, workerId: string, code: string, message: string, counts?: RunCounts): Promise<CollectionOutcome> {
  await endCollectionRun(runId, workerId, { status: "failed", error: { code, message }, ...(counts ?? {}) });
  return { status: "failed", message };
}

const countsOf = (t: Awaited<ReturnType<typeof tallyAnswers>>): RunCounts => ({
  answered: t.answered,
  failed: t.failed,
  empty: t.empty,
  refusals: t.refusals,
  retrying: 0,
  requests: t.requests,
  inputTokens: t.inputTokens,
  outputTokens: t.outputTokens,
});

type Run = NonNullable<Awaited<ReturnType<typeof loadCollectionRun>>>;
type Queued = PendingAnswer & { attempts: number; dueAt: number };

/** Asks every pending prompt × sample with `concurrency` requests in flight; returns why it stopped. */
async function collectAnswers(run: Run, apiKey: string | undefined, ctx: CollectionJobContext, leaseMs: number): Promise<{ reason: StopReason; failure?: CallFailure; counts: RunCounts }> {
  const settings = run.settings;
  const model = createLanguageModel({ provider: run.provider as Provider, baseUrl: run.baseUrl, model: run.model, apiKey });
  const holder = { runId: run.id, workerId: ctx.workerId };
  const tally = await tallyAnswers(run.id);
  const counts: RunCounts = countsOf(tally);
  let pending = tally.pending;
  // Two ways to stop: `draining` takes no new work (requests in flight are paid for: their answers are kept),
  // `stop` aborts what is in flight, right away on a fatal error, after a grace period otherwise.
  const stop = new AbortController();
  let draining = false;
  let reason: StopReason | null = null;
  let fatal: CallFailure | undefined;
  let graceTimer: NodeJS.Timeout | undefined;
  const halt = (why: StopReason) => {
    reason ??= why;
    draining = true;
    if (why === "fatal" || why === "lost") stop.abort();
    else graceTimer ??= setTimeout(() => stop.abort(), ctx.graceMs ?? 10_000);
  };
  const onOuterAbort = () => halt("interrupted");
  if (ctx.signal?.aborted) halt("interrupted");
  ctx.signal?.addEventListener("abort", onOuterAbort, { once: true });

  // Work comes from the database a page at a time, retries from a small in-memory queue.
  let afterId = 0;
  let exhausted = false;
  const fresh: Queued[] = [];
  const retries: Queued[] = [];
  let refill: Promise<void> | null = null;
  const loadMore = () =>
    (refill ??= (async () => {
      const page = await nextPendingAnswers(run.id, afterId, PAGE);
      if (page.length < PAGE) exhausted = true;
      if (page.length) afterId = page[page.length - 1].id;
      fresh.push(...page.map((p) => ({ ...p, attempts: 0, dueAt: 0 })));
    })().finally(() => (refill = null)));

  let pausedUntil = 0; // a 429 pauses every lane of this run, not just the one that got it
  let lastError: string | null = run.lastError;
  const sessionStart = Date.now();
  let sessionAnswered = 0;

  const take = async (): Promise<Queued | null | "wait"> => {
    const now = Date.now();
    retries.sort((a, b) => a.dueAt - b.dueAt);
    if (retries.length && retries[0].dueAt <= now) return retries.shift()!;
    if (!fresh.length && !exhausted) await loadMore();
    if (fresh.length) return fresh.shift()!;
    return retries.length ? "wait" : null;
  };

  const overBudget = (): StopReason | null => {
    if (settings.budget.requests !== null && counts.requests >= settings.budget.requests) return "budget-requests";
    if (settings.budget.tokens !== null && counts.inputTokens + counts.outputTokens >= settings.budget.tokens) return "budget-tokens";
    return null;
  };

  const lane = async () => {
    while (!draining) {
      const item = await take();
      if (item === null) return;
      if (item === "wait") {
        await sleep(Math.max(10, Math.min(...retries.map((r) => r.dueAt)) - Date.now()), stop.signal, () => draining);
        continue;
      }
      if (Date.now() < pausedUntil) await sleep(pausedUntil - Date.now(), stop.signal, () => draining);
      const budget = overBudget();
      if (budget || draining) {
        if (budget) halt(budget);
        return;
      }
      const release = await acquireSlot(run.connectionId ?? run.id, settings.concurrency);
      if (draining) {
        release();
        fresh.unshift(item);
        return;
      }
      item.attempts += 1;
      counts.requests += 1;
      try {
        const answer = await askModel(model, {
          prompt: item.prompt,
          system: settings.systemPrompt,
          temperature: settings.temperature ?? undefined,
          maxTokens: settings.maxTokens,
          idleTimeoutMs: settings.timeoutSeconds * 1000,
          signal: stop.signal,
        });
        const text = answer.text.trim() ? answer.text : "";
        const stored = await storeAnswer(item.id, {
          text,
          reasoning: answer.reasoning,
          finishReason: answer.finishReason,
          refusal: text !== "" && isRefusal(text),
          empty: text === "",
          attempts: item.attempts,
          inputTokens: answer.inputTokens,
          outputTokens: answer.outputTokens,
          latencyMs: answer.latencyMs,
        }, holder);
        if (!stored) continue;
        pending -= 1;
        sessionAnswered += 1;
        counts.answered += 1;
        if (text === "") counts.empty += 1;
        else if (isRefusal(text)) counts.refusals += 1;
        counts.inputTokens += answer.inputTokens;
        counts.outputTokens += answer.outputTokens;
      } catch (error) {
        const failure = error instanceof ModelCallError ? error.failure : ({ kind: "network", message: String(error) } as CallFailure);
        if (failure.kind === "aborted" || stop.signal.aborted) return;
        if (draining && failure.kind !== "auth" && failure.kind !== "not-found") return; // asked again on resume
        const message = redactKey(failure.message, apiKey);
        lastError = `${new Date().toISOString()} · prompt ${item.promptIndex + 1}${settings.samples > 1 ? ` sample ${item.sample + 1}` : ""} · attempt ${item.attempts}: ${message}`;
        if (failure.kind === "auth" || failure.kind === "not-found") {
          fatal = { ...failure, message };
          halt("fatal");
          return;
        }
        const decision = decideRetry(failure, item.attempts, { baseMs: settings.retryBaseMs, maxAttempts: settings.maxAttempts });
        if (decision.retry) {
          item.dueAt = Date.now() + decision.delayMs;
          if (failure.kind === "rate-limited") pausedUntil = Math.max(pausedUntil, item.dueAt);
          retries.push(item);
          continue;
        }
        if (await failAnswer(item.id, message, item.attempts, holder)) {
          pending -= 1;
          counts.failed += 1;
        }
      } finally {
        release();
      }
    }
  };

  const snapshot = (): LiveProgress => {
    const elapsed = (Date.now() - sessionStart) / 1000;
    const rate = sessionAnswered / Math.max(elapsed, 0.001);
    const etaSeconds = sessionAnswered >= 3 && pending > 0 ? Math.round(pending / rate) : pending === 0 ? 0 : null;
    return { ...counts, retrying: retries.length, total: run.total, pending, etaSeconds, stage: "collecting", lastError };
  };
  let lost = false;
  const writeProgress = async () => {
    const p = snapshot();
    ctx.onProgress?.(p);
    const { held, cancelRequested } = await reportCollectionProgress(run.id, ctx.workerId, leaseMs, {
      answered: p.answered,
      failed: p.failed,
      empty: p.empty,
      refusals: p.refusals,
      retrying: p.retrying,
      requests: p.requests,
      inputTokens: p.inputTokens,
      outputTokens: p.outputTokens,
      etaSeconds: p.etaSeconds,
      stage: "collecting",
      lastError: p.lastError,
    });
    await ctx.heartbeat?.();
    if (!held) {
      lost = true;
      halt("lost");
    } else if (cancelRequested) halt("cancelled");
  };

  await writeProgress();
  const ticker = setInterval(() => void writeProgress().catch((e) => console.error(`collection ${run.id}: progress`, e)), ctx.progressEveryMs ?? 1000);
  try {
    await Promise.all(Array.from({ length: settings.concurrency }, lane));
  } finally {
    clearInterval(ticker);
    clearTimeout(graceTimer);
    ctx.signal?.removeEventListener("abort", onOuterAbort);
  }
  if (!lost && reason !== "interrupted") await writeProgress().catch(() => undefined);
  // Every lane ran out of work: complete, unless rows are still pending (then another pass picks them up).
  const final = reason ?? ((await tallyAnswers(run.id)).pending > 0 ? "interrupted" : "complete");
  return { reason: final, failure: fatal, counts: { ...counts, retrying: 0 } };
}

/** Sleeps, waking early on abort or (checked every 50 ms) when `stopWaiting` says so. */
function sleep(ms: number, signal: AbortSignal, stopWaiting: () => boolean = () => false): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || stopWaiting()) return resolve();
    const timer = setTimeout(done, ms);
    const poll = setInterval(() => stopWaiting() && done(), 50);
    function done() {
      clearTimeout(timer);
      clearInterval(poll);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
