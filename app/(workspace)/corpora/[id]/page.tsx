import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listDocumentLengths } from "@/lib/db/corpora/list-document-lengths";
import { listDocuments, pageOfDocument } from "@/lib/db/corpora/list-documents";
import { requirePageAccess } from "@/lib/server/page-access";
import { canWrite } from "@/lib/server/permissions";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatInteger } from "@/components/ui/format";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { CorpusStats } from "@/components/corpus/corpus-stats";
import { DeleteCorpusButton } from "@/components/corpus/delete-corpus-button";
import { DocumentList } from "@/components/corpus/document-browser";
import { LengthHistogram } from "@/components/corpus/length-histogram";
import { lengthHistogramBins, summarizeLengths } from "@/components/corpus/length-histogram-bins";
import { firstParam, pageParam } from "@/components/corpus/search-params";
import { describeLanguages, parseLanguages } from "@/lib/text/detect-languages";
import { findCorpus } from "./find-corpus";
import { CorpusProvenance } from "@/components/collect/corpus-provenance";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const corpus = await findCorpus((await params).id);
  return { title: corpus ? corpus.name : "Corpus not found" };
}

export default async function CorpusPage({ params, searchParams }: Props) {
  const { workspace, role } = await requirePageAccess();
  const { id } = await params;
  const sp = await searchParams;
  const q = firstParam(sp.q)?.trim() ?? "";
  // Deep links from an analysis' evidence: ?doc=<ordinal>&highlight=<term> opens the page holding that document.
  const docParam = Number(firstParam(sp.doc));
  const focusOrdinal = Number.isInteger(docParam) && docParam >= 0 ? docParam : undefined;
  const highlight = firstParam(sp.highlight)?.trim().slice(0, 200) || undefined;
  // The analysis a deep link came from (?from=): the highlight note leads back to it, the term still focused.
  const from = /^[\w-]{1,100}$/.test(firstParam(sp.from) ?? "") ? firstParam(sp.from) : undefined;

  const corpus = await findCorpus(id);
  if (!corpus) notFound();
  const page = focusOrdinal !== undefined && !q && !sp.page ? await pageOfDocument(workspace.id, id, focusOrdinal, PAGE_SIZE) : pageParam(sp.page);
  const [lengths, docs] = await Promise.all([
    listDocumentLengths(workspace.id, id),
    listDocuments(workspace.id, id, { page, pageSize: PAGE_SIZE, search: q || undefined }),
  ]);
  const bins = lengthHistogramBins(lengths);
  const summary = summarizeLengths(lengths);
  const pageCount = Math.max(1, Math.ceil(docs.total / docs.pageSize));

  const hrefFor = (p: number) => {
    const qs = new URLSearchParams();
    if (q) qs.set("q", q);
    if (highlight) qs.set("highlight", highlight);
    if (from) qs.set("from", from);
    if (p > 1) qs.set("page", String(p));
    const s = qs.toString();
    return `/corpora/${id}${s ? `?${s}` : ""}#documents`;
  };

  const first = (docs.page - 1) * docs.pageSize + 1;
  const last = Math.min(docs.total, docs.page * docs.pageSize);

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow={
          <Link href="/" className="hover:text-zinc-800 hover:underline dark:hover:text-zinc-200">
            ← Corpora
          </Link>
        }
        title={corpus.name}
        description={
          <div className="space-y-2">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone="accent">{corpus.model}</Badge>
              {corpus.provider ? <Badge>provider: {corpus.provider}</Badge> : null}
              {corpus.version ? <Badge>version: {corpus.version}</Badge> : null}
              {corpus.languages ? <Badge>language: {describeLanguages(parseLanguages(corpus.languages))}</Badge> : null}
              <span className="text-xs text-zinc-500 dark:text-zinc-400">
                Created <time dateTime={corpus.createdAt.toISOString()}>{formatDate(corpus.createdAt)}</time>
              </span>
            </div>
            {corpus.notes ? (
              <p className="max-w-3xl whitespace-pre-wrap text-zinc-600 dark:text-zinc-400">{corpus.notes}</p>
            ) : null}
          </div>
        }
        actions={
          <>
            <ButtonLink href={`/analyses/new?source=${encodeURIComponent(corpus.id)}`} variant="secondary">
              Use in analysis
            </ButtonLink>
            {!canWrite(role) ? null : <ButtonLink href={`/collect?corpus=${encodeURIComponent(corpus.id)}`} variant="secondary">Ask other models these prompts</ButtonLink>}
            {!canWrite(role) ? null : <DeleteCorpusButton id={corpus.id} name={corpus.name} />}
          </>
        }
      />

      <CorpusStats corpus={corpus} lengths={summary} />
      <CorpusProvenance workspaceId={workspace.id} corpusId={corpus.id} />

      <Card
        title="Document length distribution"
        footer={`Method: tokens per document, ${bins.length} bin${bins.length === 1 ? "" : "s"} of equal integer width (about √n, at most 40) over ${formatInteger(lengths.length)} documents.`}
      >
        {bins.length > 0 ? (
          <LengthHistogram bins={bins} />
        ) : (
          <p className="text-sm text-zinc-500">This corpus has no documents.</p>
        )}
      </Card>

      <section id="documents" aria-labelledby="documents-heading" className="scroll-mt-20 space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="documents-heading" className="text-lg font-semibold">
              Documents
            </h2>
            <p className="text-sm text-zinc-500 dark:text-zinc-400" aria-live="polite" data-testid="document-count">
              {docs.total === 0
                ? q
                  ? `No documents match “${q}”.`
                  : "No documents."
                : `Showing ${formatInteger(first)}–${formatInteger(last)} of ${formatInteger(docs.total)}${q ? ` matching “${q}”` : ""}`}
            </p>
          </div>
          <SearchBox label="Search documents" placeholder="Search prompts and responses" defaultValue={q} />
        </div>

        {docs.documents.length > 0 ? (
          <>
            {highlight ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="highlight-note">
                Highlighting <mark className="rounded-sm bg-amber-200 px-1 font-mono text-zinc-900 dark:bg-amber-500/40 dark:text-zinc-100">{highlight}</mark>{" "}
                as whole words ·{" "}
                <Link href={`/corpora/${id}#documents`} className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">clear</Link>
                {from ? (
                  <>
                    {" · "}
                    <Link
                      href={`/analyses/${encodeURIComponent(from)}?term=${encodeURIComponent(highlight)}#evidence`}
                      className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
                      data-testid="back-to-analysis"
                    >
                      ← back to the analysis
                    </Link>
                  </>
                ) : null}
              </p>
            ) : null}
            <DocumentList documents={docs.documents} query={q || undefined} highlight={highlight} focusOrdinal={focusOrdinal} />
            <Pagination page={docs.page} pageCount={pageCount} hrefFor={hrefFor} className="justify-center" />
          </>
        ) : q ? (
          <EmptyState
            title="No matching documents"
            description="Search looks for the exact text in prompts and responses."
            action={
              <ButtonLink href={`/corpora/${id}#documents`} variant="secondary">
                Clear search
              </ButtonLink>
            }
          />
        ) : docs.page > 1 ? (
          <EmptyState
            title="No documents on this page"
            action={
              <ButtonLink href={hrefFor(1)} variant="secondary">
                First page
              </ButtonLink>
            }
          />
        ) : null}
      </section>
    </div>
  );
}
