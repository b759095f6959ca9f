import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CollectionProgress } from "@/components/collect/collection-progress";
import { CollectionSettingsList } from "@/components/collect/collection-settings-list";
import { RecentAnswers } from "@/components/collect/recent-answers";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { listAnswers } from "@/lib/db/collect/collection-answers";
import { getCollectionRun } from "@/lib/db/collect/collection-runs";
import { requirePageAccess } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Collection" };
export const dynamic = "force-dynamic";

export default async function CollectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { workspaceId, role } = await requirePageAccess();
  const run = await getCollectionRun(workspaceId, (await params).id);
  if (!run) notFound();
  const answers = await listAnswers(run.id, { status: "done", take: 10 });
  const { settings, promptSource, createdAt, startedAt, finishedAt, updatedAt, ...snapshot } = run;
  return (
    <>
      <PageHeader eyebrow={<Link href="/collect" className="hover:underline">Collect</Link>} title={run.name} description={`${run.model} · ${run.provider} · ${promptSource.count} prompts × ${settings.samples} sample${settings.samples === 1 ? "" : "s"}`} />
      <div className="space-y-6">
        <Card>
          <CollectionProgress initial={snapshot} canAct={role !== "viewer"} />
        </Card>
        <Card title="Settings" description="Recorded with the corpus as its provenance.">
          <CollectionSettingsList run={{ provider: run.provider, baseUrl: run.baseUrl, model: run.model, settings, promptSource, createdAt: createdAt.toISOString(), startedAt: startedAt?.toISOString() ?? null, finishedAt: finishedAt?.toISOString() ?? null }} />
        </Card>
        <Card title="First answers" description="Reasoning, when a model sends it, is kept apart from the answer: the answer is what gets analysed.">
          <RecentAnswers answers={answers} />
        </Card>
      </div>
    </>
  );
}
