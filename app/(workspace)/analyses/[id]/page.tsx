import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AnalysisProgress } from "@/components/analysis/analysis-progress";
import { ExportMenu } from "@/components/analysis/export-menu";
import { ResultsView } from "@/components/analysis/results-view";
import { SharePanel } from "@/components/analysis/share-panel";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/components/ui/format";
import { exportFileName } from "@/lib/analysis/export/build-export-tables";
import { getResultsPageView } from "@/lib/db/analyses/results-page-view";
import { requirePageAccess } from "@/lib/server/page-access";
import { canWrite } from "@/lib/server/permissions";
import { findAnalysis, findShareLinks } from "./find-analysis";

type Params = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const analysis = await findAnalysis((await params).id);
  return { title: analysis?.name ?? "Analysis" };
}

export default async function AnalysisPage({ params }: Params) {
  const { role } = await requirePageAccess();
  const { id } = await params;
  const analysis = await findAnalysis(id);
  if (!analysis) notFound();

  const header = (
    <PageHeader
      eyebrow={<Link href="/analyses" className="hover:underline">Analyses</Link>}
      title={analysis.name}
      description={`Created ${formatDate(analysis.createdAt)}${analysis.finishedAt ? ` · finished ${formatDate(analysis.finishedAt)}` : ""}`}
    />
  );

  if (analysis.status !== "done" || !analysis.result) {
    return (
      <>
        {header}
        {analysis.status === "done" ? (
          <Alert tone="error" title="No result stored">The analysis finished but its result is missing.</Alert>
        ) : (
          <AnalysisProgress
            analysisId={analysis.id}
            initial={{ status: analysis.status, stage: analysis.stage, progress: analysis.progress, error: analysis.error }}
          />
        )}
      </>
    );
  }

  const links = await findShareLinks(analysis.id);
  const fileBase = exportFileName(analysis.name, "result", "json").replace(/-result\.json$/, "");
  return (
    <>
      {header}
      <div className="mb-6">
        <ExportMenu mode="api" analysisId={analysis.id} name={analysis.name} />
      </div>
      <ResultsView {...getResultsPageView(analysis.result)} fileBase={fileBase} access={{ analysisId: analysis.id }} />
      {!canWrite(role) ? null : (
        <div className="mt-6">
          <SharePanel analysisId={analysis.id} initialLinks={links} />
        </div>
      )}
    </>
  );
}
