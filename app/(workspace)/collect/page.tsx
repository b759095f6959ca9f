import type { Metadata } from "next";
import { CollectionsTable } from "@/components/collect/collections-table";
import { NewCollectionForm } from "@/components/collect/new-collection-form";
import { ReadOnlyNotice } from "@/components/auth/read-only-notice";
import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { BUILTIN_PROMPT_SETS } from "@/lib/collect/prompt-sets/builtin-prompt-sets";
import { listCollectionRuns } from "@/lib/db/collect/collection-runs";
import { listConnections } from "@/lib/db/collect/connections";
import { listPromptSets } from "@/lib/db/collect/prompt-sets";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import { requirePageAccess } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Collect" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CollectPage({ searchParams }: Props) {
  const { workspaceId, role } = await requirePageAccess();
  const likeCorpus = (await searchParams).corpus;
  const [connections, runs, promptSets, corpora] = await Promise.all([listConnections(workspaceId), listCollectionRuns(workspaceId), listPromptSets(workspaceId), listCorpora(workspaceId)]);
  return (
    <>
      <PageHeader
        title="Collect"
        description="Sample models through their APIs on the same prompts: each model's answers become a corpus, ready for an analysis."
        actions={<ButtonLink href="/connections" variant="secondary">Connections</ButtonLink>}
      />
      <div className="space-y-6">
        <Card title="New collection">
          {role === "viewer" ? (
            <ReadOnlyNotice what="start collections" />
          ) : connections.length === 0 ? (
            <EmptyState title="No connection yet" description="Add a model API (base URL, model id, key) first." action={<ButtonLink href="/connections">Add a connection</ButtonLink>} />
          ) : (
            <NewCollectionForm
              connections={connections.map((c) => ({ id: c.id, name: c.name, model: c.model, concurrency: c.concurrency }))}
              builtin={BUILTIN_PROMPT_SETS.map((s) => ({ value: s.key, label: `${s.name}: ${s.description}` }))}
              promptSets={promptSets.map((s) => ({ value: s.id, label: `${s.name} (${s.promptCount} prompts)` }))}
              corpora={corpora.map((c) => ({ value: c.id, label: `${c.name} (${c.documentCount} documents)` }))}
              initialCorpus={typeof likeCorpus === "string" ? likeCorpus : undefined}
            />
          )}
        </Card>
        <Card title="Collections">
          {runs.length === 0 ? (
            <p className="text-sm text-zinc-500 dark:text-zinc-400">None yet.</p>
          ) : (
            <CollectionsTable
              rows={runs.map((r) => ({ id: r.id, name: r.name, model: r.model, status: r.status, total: r.total, answered: r.answered, failed: r.failed, retrying: r.retrying, createdAt: r.createdAt.toISOString(), corpusId: r.corpusId }))}
            />
          )}
        </Card>
      </div>
    </>
  );
}
