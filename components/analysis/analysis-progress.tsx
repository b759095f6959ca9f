"use client";
// Polls the analysis while it is queued or running, then refreshes the server page to show the results.
// State lives on the server, so a reload resumes the same progress.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ProgressBar } from "@/components/ui/progress-bar";

type Snapshot = { status: string; stage: string | null; progress: number; error: { code: string; message: string } | null };

export function AnalysisProgress({ analysisId, initial }: { analysisId: string; initial: Snapshot }) {
  const router = useRouter();
  const [snap, setSnap] = useState(initial);
  const [netError, setNetError] = useState<string | null>(null);

  useEffect(() => {
    if (snap.status === "done" || snap.status === "failed") return;
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/analyses/${encodeURIComponent(analysisId)}`, { cache: "no-store" });
        if (!res.ok) throw new Error(`Status check failed (${res.status}).`);
        const { analysis } = (await res.json()) as { analysis: Snapshot };
        if (stopped) return;
        setNetError(null);
        setSnap({ status: analysis.status, stage: analysis.stage, progress: analysis.progress, error: analysis.error });
        if (analysis.status === "done" || analysis.status === "failed") router.refresh();
      } catch (e) {
        if (!stopped) {
          setNetError(e instanceof Error ? e.message : "Status check failed.");
          setSnap((s) => ({ ...s })); // schedule another attempt
        }
      }
    }, 1000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [analysisId, router, snap]);

  if (snap.status === "failed") {
    return <Alert tone="error" title="The analysis failed">{snap.error?.message ?? "No error message was recorded."}</Alert>;
  }
  const label = snap.status === "queued" ? "Queued: waiting for a worker" : `Running: ${snap.stage ?? "starting"}`;
  return (
    <div className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900" data-testid="analysis-progress">
      <ProgressBar value={snap.status === "queued" ? null : snap.progress} label={label} />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">You can leave or reload this page: the analysis keeps running on the server.</p>
      {netError ? <p className="text-xs text-amber-700 dark:text-amber-400">{netError} Retrying…</p> : null}
    </div>
  );
}
