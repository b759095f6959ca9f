// The public, read-only share view: results and evidence snippets of one analysis, nothing else.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExportMenu } from "@/components/analysis/export-menu";
import { ResultsView } from "@/components/analysis/results-view";
import { formatDate } from "@/components/ui/format";
import { exportFileName } from "@/lib/analysis/export/build-export-tables";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { getResultsPageView } from "@/lib/db/analyses/results-page-view";
import { resolveShareToken } from "@/lib/server/share-access";

export const metadata: Metadata = { title: "Shared analysis", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function SharedAnalysisPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const access = await resolveShareToken(token);
  if (!access) notFound();
  const analysis = await getAnalysis(access.workspaceId, access.analysisId);
  if (!analysis || analysis.status !== "done" || !analysis.result) notFound();

  const fileBase = exportFileName(analysis.name, "result", "json").replace(/-result\.json$/, "");
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="mb-1 text-sm text-zinc-500 dark:text-zinc-400">Shared analysis · read-only</p>
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">{analysis.name}</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Created {formatDate(analysis.createdAt)}</p>
        </div>
        <ExportMenu mode="share" shareToken={token} name={analysis.name} />
      </div>
      <ResultsView {...getResultsPageView(analysis.result)} fileBase={fileBase} access={{ analysisId: analysis.id, shareToken: token }} />
    </>
  );
}
