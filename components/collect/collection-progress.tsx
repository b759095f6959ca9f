"use client";
// Polls a collection while it is queued or running. The state is the server's (the worker writes it about
// once a second), so a reload, another browser or another person sees the same progress.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { sendJson } from "@/components/auth/send-json";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { StatCard } from "@/components/ui/card";
import { formatInteger } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";

export type CollectionSnapshot = {
  id: string;
  status: string;
  stage: string | null;
  stopReason: string | null;
  error: { code: string; message: string } | null;
  lastError: string | null;
  total: number;
  answered: number;
  failed: number;
  empty: number;
  refusals: number;
  retrying: number;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  etaSeconds: number | null;
  cancelRequested: boolean;
  corpusId: string | null;
};

const ACTIVE = new Set(["queued", "running"]);

export function CollectionProgress({ initial, canAct }: { initial: CollectionSnapshot; canAct: boolean }) {
  const router = useRouter();
  const [snap, setSnap] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!ACTIVE.has(snap.status)) return;
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/collections/${snap.id}`, { cache: "no-store" });
        if (!res.ok) throw new Error(`Status check failed (${res.status}).`);
        const { collection } = (await res.json()) as { collection: CollectionSnapshot };
        if (stopped) return;
        setSnap(collection);
        if (!ACTIVE.has(collection.status)) router.refresh();
      } catch {
        if (!stopped) setSnap((s) => ({ ...s }));
      }
    }, 1000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [snap, router]);

  async function act(action: "cancel" | "resume" | "finish") {
    setError(null);
    try {
      const { collection } = await sendJson<{ collection: CollectionSnapshot }>(`/api/collections/${snap.id}/${action}`, "POST", action === "resume" ? { budget: { requests: null, tokens: null } } : undefined);
      setSnap(collection);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const settled = snap.answered + snap.failed;
  const label =
    snap.status === "queued"
      ? "Queued: waiting for a worker"
      : snap.status === "running"
        ? snap.cancelRequested
          ? "Cancelling: storing the answers in flight…"
          : `Running: ${snap.stage ?? "starting"}`
        : statusLabel(snap);
  return (
    <div className="space-y-4" data-testid="collection-progress" data-status={snap.status}>
      <ProgressBar value={snap.status === "queued" ? null : snap.total ? settled / snap.total : 0} label={label} detail={`${formatInteger(settled)} of ${formatInteger(snap.total)}`} tone={snap.status === "failed" ? "danger" : snap.status === "done" ? "success" : "accent"} />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <StatCard label="Done" value={<span data-testid="count-done">{formatInteger(snap.answered)}</span>} hint={`of ${formatInteger(snap.total)}`} />
        <StatCard label="Failed" value={<span data-testid="count-failed">{formatInteger(snap.failed)}</span>} />
        <StatCard label="Retrying" value={<span data-testid="count-retrying">{formatInteger(snap.retrying)}</span>} />
        <StatCard label="Refusals" value={formatInteger(snap.refusals)} hint={`${formatInteger(snap.empty)} empty`} />
        <StatCard label="ETA" value={<span data-testid="eta">{formatEta(snap)}</span>} />
        <StatCard label="Requests" value={formatInteger(snap.requests)} hint={`${formatInteger(snap.inputTokens + snap.outputTokens)} tokens`} />
      </dl>
      {snap.status === "failed" && snap.error ? (
        <Alert tone="error" title="The collection failed">
          <span className="break-all font-mono text-xs">{snap.error.message}</span>
        </Alert>
      ) : null}
      {snap.lastError && snap.status !== "failed" ? (
        <p className="break-all text-xs text-zinc-500 dark:text-zinc-400">
          Last retried error: <span className="font-mono">{snap.lastError}</span>
        </p>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {snap.status === "done" && snap.corpusId ? (
          <>
            <ButtonLink href={`/corpora/${snap.corpusId}`}>Open the corpus</ButtonLink>
            <ButtonLink href="/analyses/new" variant="secondary">Analyse it</ButtonLink>
          </>
        ) : null}
        {canAct && ACTIVE.has(snap.status) && !snap.cancelRequested ? (
          <Button variant="secondary" onClick={() => void act("cancel")}>Cancel</Button>
        ) : null}
        {canAct && ["stopped", "cancelled", "failed"].includes(snap.status) ? (
          <>
            <Button onClick={() => void act("resume")}>Resume</Button>
            {snap.answered > 0 ? <Button variant="secondary" onClick={() => void act("finish")}>Make the corpus from {formatInteger(snap.answered)} answers</Button> : null}
          </>
        ) : null}
      </div>
      {ACTIVE.has(snap.status) ? <p className="text-xs text-zinc-500 dark:text-zinc-400">You can leave or reload this page: the collection runs on the worker and each answer is stored as it arrives.</p> : null}
    </div>
  );
}

function statusLabel(s: CollectionSnapshot): string {
  if (s.status === "done") return "Done: the corpus is ready";
  if (s.status === "stopped") return s.stopReason === "budget-tokens" ? "Stopped: the token budget is spent" : "Stopped: the request budget is spent";
  if (s.status === "cancelled") return "Cancelled";
  return "Failed";
}

function formatEta(s: CollectionSnapshot): string {
  if (s.status !== "running") return "—";
  if (s.etaSeconds === null) return "…";
  const m = Math.floor(s.etaSeconds / 60);
  return m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m}:${String(s.etaSeconds % 60).padStart(2, "0")}`;
}
