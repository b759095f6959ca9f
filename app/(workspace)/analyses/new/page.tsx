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

export default async function NewAnalysisPage() {
  const { workspaceId, role } = await requirePageAccess();
  const corpora = await listCorpora(workspaceId);
  const options = corpora.map((c) => ({ id: c.id, name: c.name, model: c.model, documentCount: c.documentCount, tokenCount: c.tokenCount }));
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
