"use client";
// The focused term in every corpus of the analysis: uses per million tokens as a bar, how many documents use
// it, and a link that opens the first of them with the term highlighted. Counted from the stored documents
// by the term-rates API with the concordance's matching, so the numbers agree with the uses listed below.
import { useEffect, useState } from "react";
import type { TermRate, TermRatesAnswer } from "@/lib/db/analyses/get-term-rates";
import { documentHref, termRatesUrl, type ResultsAccess } from "./evidence-links";
import { getJson } from "./get-json";

type Props = { access: ResultsAccess; term: string; color: (corpus: string) => string };

export function FocusedTermRates({ access, term, color }: Props) {
  const [data, setData] = useState<TermRatesAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setData(null);
    setError(null);
    getJson<TermRatesAnswer>(termRatesUrl(access, term), controller.signal, "The rates")
      .then(setData)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof Error ? e.message : "The rates could not be loaded.");
      });
    return () => controller.abort();
  }, [access.analysisId, access.shareToken, term]);

  const rows = data ? [...data.corpora].sort((a, b) => Number(a.role === "source") - Number(b.role === "source") || (b.perMillion ?? -1) - (a.perMillion ?? -1)) : [];
  const max = Math.max(1e-9, ...rows.map((r) => r.perMillion ?? 0));

  return (
    <section className="mt-4 border-t border-zinc-100 pt-3 dark:border-zinc-800" aria-labelledby="term-rates-title" data-testid="term-rates" aria-busy={!data && !error}>
      <h3 id="term-rates-title" className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        “<span className="font-mono">{term}</span>” in each corpus
      </h3>
      <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">Uses per million tokens, and the documents that use it; a number opens the first such document with the term highlighted.</p>
      {error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">{error}</p>
      ) : !data ? (
        <p className="text-xs text-zinc-500">Counting uses…</p>
      ) : (
        // One grid for all rows (subgrid), so every bar has the same track and lengths compare.
        <ul className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-2 gap-y-1.5 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)_auto]" aria-label={`Rate of “${term}” per corpus`}>
          {rows.map((r) => (
            <RateRow key={r.corpusId} r={r} max={max} color={r.role === "source" ? color(r.name) : undefined} href={r.firstOrdinal === null ? null : documentHref(access, r.corpusId, r.firstOrdinal, term)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RateRow({ r, max, color, href }: { r: TermRate; max: number; color?: string; href: string | null }) {
  const share = r.perMillion === null ? 0 : r.perMillion / max;
  return (
    <li className="col-span-2 grid grid-cols-subgrid items-center gap-y-0.5 text-xs sm:col-span-3" data-testid="term-rate" data-corpus={r.name}>
      <span className="min-w-0 break-words text-zinc-800 dark:text-zinc-200">
        {r.name} <span className="text-zinc-500 dark:text-zinc-400">({r.role})</span>
      </span>
      <span aria-hidden="true" className="col-span-2 row-start-2 h-2.5 overflow-hidden rounded bg-zinc-100 sm:col-span-1 sm:row-start-auto dark:bg-zinc-800">
        <span
          className={`block h-full rounded ${color ? "" : "bg-zinc-500 dark:bg-zinc-400"}`}
          style={{ width: `${Math.max(share > 0 ? 1 : 0, share * 100)}%`, ...(color ? { background: color } : {}) }}
        />
      </span>
      <span className="text-right tabular-nums text-zinc-700 dark:text-zinc-300">
        {r.uses === null ? (
          "corpus deleted"
        ) : (
          <>
            <span className="font-medium">{formatRate(r.perMillion ?? 0)}</span> /M · {r.documentsWithUse} of {r.documents} docs
            {href ? (
              <>
                {" · "}
                <a href={href} className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300" data-testid="term-rate-document-link" title={`Open the first document of ${r.name} that uses it, highlighted`}>
                  #{(r.firstOrdinal ?? 0) + 1}
                </a>
              </>
            ) : null}
          </>
        )}
      </span>
    </li>
  );
}

function formatRate(v: number): string {
  return v >= 100 ? Math.round(v).toLocaleString("en-US") : v.toFixed(1);
}
