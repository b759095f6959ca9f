import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { AnalysesTable } from "@/components/analysis/analyses-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listAnalyses } from "@/lib/db/analyses/list-analyses";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import { requirePageAccess } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Analyses" };
export const dynamic = "force-dynamic";

export default async function AnalysesPage() {
  const { workspaceId } = await requirePageAccess();
  const [analyses, corpora] = await Promise.all([listAnalyses(workspaceId), listCorpora(workspaceId)]);
  const names = Object.fromEntries(corpora.map((c) => [c.id, c.name]));
  return (
    <>
      <PageHeader
        title="Analyses"
        description="Each analysis ranks which sources its candidates most resemble."
        actions={<ButtonLink href="/analyses/new">New analysis</ButtonLink>}
      />
      {analyses.length === 0 ? (
        <EmptyState
          title="No analyses yet"
          description={corpora.length < 3 ? <>Upload at least two source corpora and one candidate first, on the <Link className="underline" href="/upload">upload page</Link>.</> : "Pick sources and candidates to run your first analysis."}
          action={<ButtonLink href="/analyses/new">New analysis</ButtonLink>}
        />
      ) : (
        <AnalysesTable analyses={analyses} corpusNames={names} />
      )}
    </>
  );
}
