import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { NewAnalysisForm } from "@/components/analysis/new-analysis-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { defaultParams } from "@/lib/analysis/params";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import { ReadOnlyNotice } from "@/components/auth/read-only-notice";
import { requirePageAccess } from "@/lib/server/page-access";
import { canWrite } from "@/lib/server/permissions";

export const metadata: Metadata = { title: "New analysis" };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

/** Corpus ids preselected by the link after an upload (`?source=…&candidate=…`), kept only if they exist here. */
function preselected(params: SearchParams, key: "source" | "candidate", known: Set<string>): string[] {
  const value = params[key];
  const ids = Array.isArray(value) ? value : value ? [value] : [];
  return [...new Set(ids)].filter((id) => known.has(id));
}

export default async function NewAnalysisPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { workspaceId, role } = await requirePageAccess();
  const corpora = await listCorpora(workspaceId);
  const options = corpora.map((c) => ({ id: c.id, name: c.name, model: c.model, documentCount: c.documentCount, tokenCount: c.tokenCount }));
  const params = await searchParams;
  const known = new Set(options.map((c) => c.id));
  const initialCandidates = preselected(params, "candidate", known);
  const initialSources = preselected(params, "source", known).filter((id) => !initialCandidates.includes(id));
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/analyses" className="hover:underline">Analyses</Link>}
        title="New analysis"
        description="Which source does each candidate most resemble? Pick the corpora to compare."
      />
      {!canWrite(role) ? (
        <ReadOnlyNotice what="start analyses" />
      ) : options.length < 3 ? (
        <EmptyState
          title="Not enough corpora"
          description={`An analysis needs at least two sources and one candidate; ${options.length} ready ${options.length === 1 ? "corpus is" : "corpora are"} available.`}
          action={<ButtonLink href="/upload">Upload corpora</ButtonLink>}
        />
      ) : (
        <NewAnalysisForm
          corpora={options}
          initialSources={initialSources}
          initialCandidates={initialCandidates}
          defaults={{
            mfw: defaultParams.mfw,
            culling: defaultParams.culling,
            bootstrap: defaultParams.bootstrap,
            seed: defaultParams.seed,
            maxDocumentsPerCorpus: defaultParams.maxDocumentsPerCorpus,
          }}
        />
      )}
    </>
  );
}
