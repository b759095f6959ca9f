import type { DocumentRow } from "@/lib/db/corpora/list-documents";
import { formatInteger } from "@/components/ui/format";
import { splitMatches, splitTermMatches } from "./highlight-text";
import { ScrollToDocument } from "./scroll-to-document";

type Props = {
  documents: DocumentRow[];
  /** search text, highlighted as typed */
  query?: string;
  /** an evidence term, highlighted as whole words (deep links from the results page: ?doc=…&highlight=…) */
  highlight?: string;
  /** the document a deep link opened: outlined, and the target of #doc-<ordinal> */
  focusOrdinal?: number;
};

/** Documents shown verbatim: React escapes the text, whitespace-pre-wrap keeps its layout. */
export function DocumentList({ documents, query, highlight, focusOrdinal }: Props) {
  return (
    <ol className="space-y-4" aria-label="Documents">
      {focusOrdinal !== undefined && documents.some((d) => d.ordinal === focusOrdinal) ? <ScrollToDocument ordinal={focusOrdinal} /> : null}
      {documents.map((d) => (
        <li
          key={d.ordinal}
          id={`doc-${d.ordinal}`}
          data-testid="document"
          data-ordinal={d.ordinal}
          aria-current={d.ordinal === focusOrdinal ? "true" : undefined}
          className={`scroll-mt-20 overflow-hidden rounded-lg border bg-white dark:bg-zinc-900 ${
            d.ordinal === focusOrdinal ? "border-indigo-500 ring-2 ring-indigo-500/40 dark:border-indigo-400" : "border-zinc-200 dark:border-zinc-800"
          }`}
        >
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-100 bg-zinc-50 px-4 py-2 text-xs text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
            <span className="font-mono font-medium text-zinc-700 dark:text-zinc-300">#{d.ordinal + 1}</span>
            {d.promptId ? <span className="font-mono">id {d.promptId}</span> : null}
            <span className="ml-auto tabular-nums">
              {formatInteger(d.tokenCount)} tokens · {formatInteger(d.charCount)} chars
            </span>
          </div>
          <div className="space-y-3 px-4 py-3">
            {d.prompt !== null && d.prompt !== "" ? (
              <section aria-label="Prompt">
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">Prompt</h3>
                <div className="rounded-md bg-zinc-50 px-3 py-2 text-sm whitespace-pre-wrap break-words text-zinc-700 dark:bg-zinc-800/60 dark:text-zinc-300">
                  <Highlighted text={d.prompt} query={query} term={highlight} />
                </div>
              </section>
            ) : null}
            <section aria-label="Response">
              <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">Response</h3>
              <div className="text-sm leading-relaxed whitespace-pre-wrap break-words text-zinc-900 dark:text-zinc-100" data-testid="document-text">
                <Highlighted text={d.text} query={query} term={highlight} />
              </div>
            </section>
          </div>
        </li>
      ))}
    </ol>
  );
}

function Highlighted({ text, query, term }: { text: string; query?: string; term?: string }) {
  const parts = term ? splitTermMatches(text, term) : splitMatches(text, query);
  if (parts.length === 1 && !parts[0].match) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.match ? (
          <mark key={i} data-term={term ? "true" : undefined} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
