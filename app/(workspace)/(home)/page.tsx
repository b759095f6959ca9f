import type { Metadata } from "next";
import { listCorpora } from "@/lib/db/corpora/list-corpora";
import { requirePageAccess } from "@/lib/server/page-access";
import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchBox } from "@/components/ui/search-box";
import { CorpusTable } from "@/components/corpus/corpus-table";
import { firstParam } from "@/components/corpus/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Corpora" };

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { workspace } = await requirePageAccess();
  const q = firstParam((await searchParams).q)?.trim() ?? "";
  const corpora = await listCorpora(workspace.id, { search: q || undefined });

  return (
    <>
      <PageHeader
        title="Corpora"
        description="Collections of model outputs. Each one can be a source or a candidate in an analysis."
        actions={<ButtonLink href="/upload">Upload corpus</ButtonLink>}
      />
      {corpora.length === 0 && !q ? (
        <EmptyState
          title="No corpora yet"
          description="Upload files of model outputs (JSONL, JSON, CSV, chat logs, text, zip) to create your first corpus."
          action={<ButtonLink href="/upload">Upload files</ButtonLink>}
        />
      ) : (
        <div className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <SearchBox label="Search corpora by name or model" placeholder="Search name or model" defaultValue={q} />
            <p className="text-sm text-zinc-500 dark:text-zinc-400" aria-live="polite">
              {corpora.length} {corpora.length === 1 ? "corpus" : "corpora"}
              {q ? ` matching “${q}”` : ""}
            </p>
          </div>
          {corpora.length === 0 ? (
            <EmptyState
              title="No matching corpora"
              description={`Nothing matches “${q}”. Try another name or model.`}
              action={<ButtonLink href="/" variant="secondary">Clear search</ButtonLink>}
            />
          ) : (
            <CorpusTable corpora={corpora} />
          )}
        </div>
      )}
    </>
  );
}
