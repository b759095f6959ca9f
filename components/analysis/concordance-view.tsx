"use client";
// Every use of a term in one corpus, as a concordance: paged, sortable by the words left or right of the
// match, each line opening its document with the term highlighted, and a strip of where in the corpus the
// uses fall (the per-document chart). Words in the context are buttons: clicking one focuses that word.
import { useEffect, useState } from "react";
import type { ConcordancePage, ConcordanceSort } from "@/lib/analysis/evidence/concordance";
import { concordanceUrl, documentHref, type ResultsAccess } from "./evidence-links";
import { LabeledSelect, SmallButton } from "./controls";
import { getJson } from "./get-json";

type Props = {
  access: ResultsAccess;
  corpus: { id: string; name: string; documents: number };
  role: "candidate" | "source";
  term: string;
  onFocusTerm: (term: string) => void;
};

const PAGE_SIZE = 10;
type Loaded = ConcordancePage & { corpus: { documents: number } };

export function ConcordanceView({ access, corpus, role, term, onFocusTerm }: Props) {
  const [sort, setSort] = useState<ConcordanceSort>("document");
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => setPage(1), [term, sort, corpus.id]);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    getJson<Loaded>(concordanceUrl(access, { corpus: corpus.id, term, sort, page, pageSize: PAGE_SIZE }), controller.signal, "The concordance")
      .then(setData)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof Error ? e.message : "The concordance could not be loaded.");
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [access.analysisId, access.shareToken, corpus.id, term, sort, page]);

  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const first = data && data.total > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data ? Math.min(data.total, data.page * data.pageSize) : 0;
  const label = `${corpus.name} (${role})`;

  return (
    <div data-testid={`concordance-${role}`} aria-busy={loading}>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
          {label}
          {data ? ` · ${data.total} use${data.total === 1 ? "" : "s"} in ${data.perDocument.length} of ${corpus.documents} documents` : ""}
        </h4>
        <LabeledSelect
          label="Sort"
          value={sort}
          options={[
            { value: "document", label: "Document order" },
            { value: "left", label: "Left context" },
            { value: "right", label: "Right context" },
          ]}
          onChange={setSort}
        />
      </div>
      {data ? <UsesStrip term={term} corpusName={corpus.name} documents={corpus.documents} perDocument={data.perDocument} /> : null}
      {error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">{error}</p>
      ) : data && data.total === 0 ? (
        <p className="text-xs text-zinc-500">No uses of “{term}” in this corpus.</p>
      ) : data ? (
        <>
          <ol className="space-y-1" aria-label={`Uses of “${term}” in ${label}`}>
            {data.lines.map((l, i) => (
              <li
                key={`${l.documentOrdinal}-${i}`}
                data-testid="kwic-snippet"
                className="grid grid-cols-[auto_minmax(0,1fr)] items-baseline gap-2 rounded bg-zinc-50 px-2 py-1 font-mono text-xs leading-relaxed text-zinc-800 md:grid-cols-[3.5rem_minmax(0,1fr)_auto_minmax(0,1fr)] md:gap-1 dark:bg-zinc-800 dark:text-zinc-200"
              >
                <a
                  href={documentHref(access, corpus.id, l.documentOrdinal, term)}
                  className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
                  title={`Open document #${l.documentOrdinal + 1} of ${corpus.name}, “${term}” highlighted`}
                  data-testid="kwic-document-link"
                >
                  #{l.documentOrdinal + 1}
                </a>
                {/* Narrow screens: one wrapped line. From md up, Voyant's layout: the matches aligned in a column,
                    the left context right-aligned and clipped at its start, the right context clipped at its end. */}
                <span className="break-words md:contents">
                  <span className="md:flex md:justify-end md:overflow-hidden">
                    <span className="md:whitespace-nowrap">
                      <ContextWords text={l.left} onFocusTerm={onFocusTerm} />
                    </span>
                  </span>
                  <mark className="rounded bg-amber-200 px-0.5 text-zinc-900 dark:bg-amber-400">{l.match}</mark>
                  <span className="md:overflow-hidden md:text-ellipsis md:whitespace-nowrap">
                    <ContextWords text={l.right} onFocusTerm={onFocusTerm} />
                  </span>
                </span>
              </li>
            ))}
          </ol>
          <div className="mt-2 flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
            <SmallButton onClick={() => setPage((p) => Math.max(1, p - 1))} disabled={data.page <= 1} label={`Previous uses in ${corpus.name}`}>‹ Prev</SmallButton>
            <span aria-live="polite">{first}–{last} of {data.total}</span>
            <SmallButton onClick={() => setPage((p) => Math.min(pages, p + 1))} disabled={data.page >= pages} label={`Next uses in ${corpus.name}`}>Next ›</SmallButton>
          </div>
        </>
      ) : (
        <p className="text-xs text-zinc-500">Loading uses…</p>
      )}
    </div>
  );
}

/** Context text whose words focus themselves on click (Voyant's "click a word to follow it"). */
function ContextWords({ text, onFocusTerm }: { text: string; onFocusTerm: (term: string) => void }) {
  return (
    <>
      {splitWords(text).map((p, i) =>
        p.word ? (
          <button key={i} type="button" tabIndex={-1} onClick={() => onFocusTerm(p.text.toLowerCase())} className="hover:bg-indigo-100 hover:underline dark:hover:bg-indigo-500/20" title={`Focus “${p.text.toLowerCase()}”`}>
            {p.text}
          </button>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

// Word segmentation from the browser's ICU (Intl.Segmenter): a run of Chinese or Japanese splits into words,
// not one button per run; "you'll" stays one word. Without Segmenter: letter-and-digit runs.
const segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter(undefined, { granularity: "word" }) : null;

export function splitWords(text: string): { text: string; word: boolean }[] {
  if (segmenter) return Array.from(segmenter.segment(text), (s) => ({ text: s.segment, word: s.isWordLike === true }));
  return text.split(/([\p{L}\p{N}][\p{L}\p{N}'’]*)/u).filter((p) => p !== "").map((p) => ({ text: p, word: /^[\p{L}\p{N}]/u.test(p) }));
}

/** Where in the corpus the uses fall: one tick per document that uses the term, taller for more uses. */
function UsesStrip({ term, corpusName, documents, perDocument }: { term: string; corpusName: string; documents: number; perDocument: { documentOrdinal: number; uses: number }[] }) {
  const width = 300;
  const height = 22;
  const max = Math.max(1, ...perDocument.map((d) => d.uses));
  const x = (ordinal: number) => (documents <= 1 ? width / 2 : (ordinal / (documents - 1)) * (width - 2) + 1);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      className="mb-2 h-5 w-full text-indigo-600 dark:text-indigo-300"
      role="img"
      aria-label={`Per-document uses of “${term}” in ${corpusName}: ${perDocument.length} of ${documents} documents use it, at most ${max} times in one`}
      data-testid="uses-strip"
    >
      <rect width={width} height={height} className="fill-zinc-100 dark:fill-zinc-800" />
      {perDocument.map((d) => (
        <rect key={d.documentOrdinal} x={x(d.documentOrdinal) - 0.5} y={height - (height * d.uses) / max} width={1} height={(height * d.uses) / max} fill="currentColor" />
      ))}
    </svg>
  );
}
