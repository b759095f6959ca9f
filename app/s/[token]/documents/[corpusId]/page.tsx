// One document of a shared analysis' corpus, opened from an evidence line with the term highlighted. A share
// link reaches only the corpora of its own analysis.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentList } from "@/components/corpus/document-browser";
import { firstParam } from "@/components/corpus/search-params";
import { getAnalysis } from "@/lib/db/analyses/get-analysis";
import { getDocument } from "@/lib/db/corpora/get-document";
import { resolveShareToken } from "@/lib/server/share-access";

export const metadata: Metadata = { title: "Shared document", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ token: string; corpusId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SharedDocumentPage({ params, searchParams }: Props) {
  const { token, corpusId } = await params;
  const sp = await searchParams;
  const access = await resolveShareToken(token);
  if (!access) notFound();
  const analysis = await getAnalysis(access.workspaceId, access.analysisId);
  const corpus = analysis?.result?.corpora.find((c) => c.id === corpusId);
  const ordinal = Number(firstParam(sp.doc));
  if (!analysis || !corpus || !Number.isInteger(ordinal) || ordinal < 0) notFound();
  const document = await getDocument(access.workspaceId, corpus.id, ordinal);
  if (!document) notFound();
  const highlight = firstParam(sp.highlight)?.trim().slice(0, 200) || undefined;
  const back = `/s/${encodeURIComponent(token)}${highlight ? `?term=${encodeURIComponent(highlight)}` : ""}#evidence`;

  return (
    <div className="space-y-4">
      <div>
        <Link href={back} className="text-sm text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">← {analysis.name}</Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
          {corpus.name} · document #{ordinal + 1}
        </h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {corpus.role === "candidate" ? "Candidate" : "Source"} corpus, {corpus.documents} documents.
          {highlight ? (
            <>
              {" "}Highlighting <mark className="rounded-sm bg-amber-200 px-1 font-mono text-zinc-900 dark:bg-amber-500/40 dark:text-zinc-100">{highlight}</mark> as whole words.
            </>
          ) : null}
        </p>
      </div>
      <DocumentList documents={[document]} highlight={highlight} focusOrdinal={ordinal} />
    </div>
  );
}
