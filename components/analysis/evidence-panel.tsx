"use client";
// Evidence for one candidate–source pair: distinctive shared terms with their rates, then every use of the
// focused term in both corpora (concordance-view). Style terms come first; prompt-topic terms (found in few
// prompts' answers: what was asked, not how the model writes) are flagged and listed after them. The focused
// term lives in the URL (?term=), so it survives reloads, can be shared, and every panel reads the same one.
// All text is rendered as React text nodes, never as HTML.
import { useEffect, useRef, useState } from "react";
import type { KwicSnippet, PageEvidenceTerm, PageResult } from "@/lib/analysis/result-types";
import { trimStoredSnippet } from "@/lib/analysis/evidence/trim-stored-snippet";
import { SPLITS_CONTRACTIONS } from "@/lib/analysis/evidence/human-rate";
import { ConcordanceView } from "./concordance-view";
import type { FocusTerm } from "./focus-term";
import { LabeledSelect } from "./controls";
import { evidenceUrl, type ResultsAccess } from "./evidence-links";
import { getJson } from "./get-json";
import { paramLine } from "./method-notes";
import { ScrollHint } from "@/components/ui/scroll-hint";

type Props = {
  result: PageResult;
  initialCandidate: string;
  access: ResultsAccess | null;
  focusTerm: string | null;
  onFocusTerm: FocusTerm;
};

export function EvidencePanel({ result, initialCandidate, access, focusTerm, onFocusTerm }: Props) {
  const [candidateName, setCandidateName] = useState(initialCandidate);
  const candidate = result.candidates.find((c) => c.name === candidateName) ?? result.candidates[0];
  const [sourceName, setSourceName] = useState(candidate?.verdict.source ?? candidate?.ranking[0]?.source ?? result.sources[0]);
  const shownPair = candidate?.evidence.find((e) => e.source === sourceName) ?? candidate?.evidence[0];
  const loaded = useDeferredPairs(access, candidate?.name, shownPair?.terms === null ? shownPair.source : undefined);
  const tableBox = useRef<HTMLDivElement>(null);
  // The focused term's row, scrolled into view inside the table's own box (never the page).
  useEffect(() => {
    const box = tableBox.current?.querySelector<HTMLElement>("[data-scroll-box]");
    const row = box?.querySelector<HTMLElement>('tr[data-focused="true"]');
    if (!box || !row) return;
    const top = row.offsetTop - box.clientHeight / 2;
    box.scrollTop = Math.max(0, top);
  }, [focusTerm, sourceName]);
  if (!candidate) return null;

  const pair = candidate.evidence.find((e) => e.source === sourceName) ?? candidate.evidence[0];
  const pairTerms = pair ? (pair.terms ?? loaded.terms(candidate.name, pair.source)) : [];
  // Older results may not be ordered this way: style terms first, then prompt topics, each by score.
  const terms = [...(pairTerms ?? [])].sort((a, b) => Number(!!a.promptTopic) - Number(!!b.promptTopic) || b.score - a.score);
  const styleCount = terms.filter((t) => !t.promptTopic).length;
  const term = focusTerm ? (terms.find((t) => t.term === focusTerm) ?? null) : null;
  const corpusOf = (name: string) => result.corpora.find((c) => c.name === name);
  const candidateCorpus = corpusOf(candidate.name);
  const sourceCorpus = pair ? corpusOf(pair.source) : undefined;

  function pickCandidate(name: string) {
    const c = result.candidates.find((x) => x.name === name);
    setCandidateName(name);
    setSourceName(c?.verdict.source ?? c?.ranking[0]?.source ?? result.sources[0]);
  }

  return (
    <section id="evidence" aria-labelledby="evidence-title" data-chart="evidence" className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="evidence-title" className="text-base font-semibold text-zinc-900 dark:text-zinc-100">Evidence</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Words and phrases the candidate shares with the source more than with the other sources. Select a term to read every use in
            context; a line’s number opens its document.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <LabeledSelect label="Candidate" value={candidate.name} options={result.candidates.map((c) => ({ value: c.name, label: c.name }))} onChange={pickCandidate} />
          <LabeledSelect label="Source" value={pair?.source ?? sourceName} options={candidate.evidence.map((e) => ({ value: e.source, label: e.source }))} onChange={(s) => setSourceName(s)} />
        </div>
      </header>
      {pairTerms === undefined ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-busy="true">{loaded.error ?? "Loading the terms of this pair…"}</p>
      ) : terms.length === 0 && !focusTerm ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No distinctive shared terms for this pair.</p>
      ) : (
        <div className="space-y-4">
          <div ref={tableBox}>
            <ScrollHint label="Evidence terms" className="max-h-[24rem] overflow-y-auto rounded border border-zinc-200 dark:border-zinc-800">
              <div>
                <table className="w-full min-w-[34rem] text-left text-xs tabular-nums" data-testid="evidence-table">
                  <caption className="sr-only">Distinctive terms shared by {candidate.name} and {pair?.source}, per million tokens</caption>
                  <thead className="sticky top-0 bg-zinc-50 dark:bg-zinc-800">
                    <tr>
                      <th scope="col" className="px-2 py-1.5">Term</th>
                      <th scope="col" className="px-2 py-1.5">Kind</th>
                      <th scope="col" className="px-2 py-1.5 text-right" title="per million tokens in the candidate">Candidate /M</th>
                      <th scope="col" className="px-2 py-1.5 text-right" title="per million tokens in this source">Source /M</th>
                      <th scope="col" className="px-2 py-1.5 text-right" title="mean per million over the other sources">Others /M</th>
                      <th scope="col" className="px-2 py-1.5 text-right" title="per million in the human reference; – when the reference has no count for the whole token">Human /M</th>
                      <th scope="col" className="px-2 py-1.5 text-right">Score</th>
                    </tr>
                  </thead>
                  <tbody>
                    {terms.map((t, i) => (
                      <TermRow key={key(t)} t={t} focused={t.term === focusTerm} onFocusTerm={onFocusTerm} divider={i === styleCount && i > 0} splitsContractions={SPLITS_CONTRACTIONS.has(result.params.humanReference)} />
                    ))}
                  </tbody>
                </table>
              </div>
            </ScrollHint>
            {terms.length > styleCount ? (
              <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
                <PromptTopicBadge /> found in few prompts’ answers on one side: probably what those prompts asked about, not a habit of
                writing. Listed after the style terms.
              </p>
            ) : null}
          </div>
          <div aria-live="polite" data-testid="kwic" className="min-w-0">
            {focusTerm ? (
              <div className="space-y-4 border-t border-zinc-100 pt-3 dark:border-zinc-800">
                <h3 id="evidence-kwic" tabIndex={-1} className="scroll-mt-28 text-sm font-semibold text-zinc-900 outline-none dark:text-zinc-100">
                  “{focusTerm}” in context {term?.promptTopic ? <PromptTopicBadge /> : null}
                  {!term && terms.length > 0 ? <span className="ml-1 text-xs font-normal text-zinc-500 dark:text-zinc-400">(not among this pair’s distinctive terms)</span> : null}
                </h3>
                {access && candidateCorpus && sourceCorpus ? (
                  <>
                    <ConcordanceView access={access} corpus={candidateCorpus} role="candidate" term={focusTerm} onFocusTerm={onFocusTerm} />
                    <ConcordanceView access={access} corpus={sourceCorpus} role="source" term={focusTerm} onFocusTerm={onFocusTerm} />
                  </>
                ) : term ? (
                  <>
                    <SnippetList title={`${candidate.name} (candidate, ${term.candidateCount} uses)`} snippets={term.snippets?.candidate ?? []} />
                    <SnippetList title={`${pair?.source} (source, ${term.sourceCount} uses)`} snippets={term.snippets?.source ?? []} />
                  </>
                ) : null}
              </div>
            ) : (
              <p className="text-sm text-zinc-500 dark:text-zinc-400">Select a term to see every use of it in both corpora.</p>
            )}
          </div>
        </div>
      )}
      <p className="mt-3 border-t border-zinc-100 pt-2 font-mono text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
        Score: how strongly the term ties candidate and source against the other sources (smaller of the two log-odds z) · rates per million tokens ·{" "}
        {paramLine(result.params)}
      </p>
    </section>
  );
}

type RowProps = { t: PageEvidenceTerm; focused: boolean; onFocusTerm: FocusTerm; divider: boolean; splitsContractions: boolean };

function TermRow({ t, focused, onFocusTerm, divider, splitsContractions }: RowProps) {
  return (
    <tr data-prompt-topic={t.promptTopic ? "true" : undefined} data-focused={focused ? "true" : undefined} className={`border-t ${divider ? "border-t-2 border-zinc-300 dark:border-zinc-600" : "border-zinc-100 dark:border-zinc-800"} ${focused ? "bg-indigo-50 dark:bg-indigo-500/15" : ""}`}>
      <td className="px-2 py-1">
        <button type="button" onClick={() => onFocusTerm(t.term)} aria-pressed={focused} className="text-left font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300">
          {t.term}
        </button>
        {t.promptTopic ? <> <PromptTopicBadge /></> : null}
      </td>
      <td className="px-2 py-1 text-zinc-500">{t.kind}</td>
      <td className="px-2 py-1 text-right">{rate(t.candidatePerMillion)}</td>
      <td className="px-2 py-1 text-right">{rate(t.sourcePerMillion)}</td>
      <td className="px-2 py-1 text-right">{rate(t.otherSourcesPerMillion)}</td>
      <td className="px-2 py-1 text-right">{humanRate(t, splitsContractions)}</td>
      <td className="px-2 py-1 text-right">{t.score.toFixed(2)}</td>
    </tr>
  );
}

function PromptTopicBadge() {
  return (
    <span className="rounded bg-zinc-200 px-1 py-px text-[10px] font-medium uppercase tracking-wide text-zinc-700 dark:bg-zinc-700 dark:text-zinc-200" title="Found in few prompts’ answers: probably the prompts’ topic, not a habit">
      prompt topic
    </span>
  );
}

function SnippetList({ title, snippets }: { title: string; snippets: KwicSnippet[] }) {
  return (
    <div>
      <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{title}</h4>
      {snippets.length === 0 ? (
        <p className="text-xs text-zinc-500">No snippets stored.</p>
      ) : (
        <ul className="space-y-1">
          {snippets.map((s, i) => {
            const { left, right } = trimStoredSnippet(s);
            return (
              <li key={i} className="rounded bg-zinc-50 px-2 py-1 font-mono text-xs leading-relaxed text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200" data-testid="kwic-snippet">
                <span className="mr-2 text-zinc-400">#{s.documentOrdinal + 1}</span>
                <span>{left}</span>
                <mark className="rounded bg-amber-200 px-0.5 text-zinc-900 dark:bg-amber-400">{s.match}</mark>
                <span>{right}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function key(t: PageEvidenceTerm): string {
  return `${t.kind}:${t.term}`;
}

function rate(v: number): string {
  return v >= 100 ? Math.round(v).toString() : v.toFixed(1);
}

/**
 * Results from before the whole-token look-up carried, for a contraction missing from a list that splits
 * contractions, the rate of its first part ("you'll" → "you"): those show "–" rather than a wrong number.
 */
function humanRate(t: PageEvidenceTerm, splitsContractions: boolean): string {
  if (t.humanPerMillion === null || (splitsContractions && /['\u2019]/.test(t.term))) return "–";
  return rate(t.humanPerMillion);
}

type PairTerms = { terms: (candidate: string, source: string) => PageEvidenceTerm[] | undefined; error: string | null };

/** The terms of pairs the page does not carry (results-page-view.ts), read from the evidence API when shown. */
function useDeferredPairs(access: ResultsAccess | null, candidate: string | undefined, source: string | undefined): PairTerms {
  const [pairs, setPairs] = useState<Record<string, PageEvidenceTerm[]>>({});
  const [error, setError] = useState<string | null>(null);
  const key = (c: string, s: string) => JSON.stringify([c, s]);
  const missing = candidate !== undefined && source !== undefined && !(key(candidate, source) in pairs) ? [candidate, source] : null;
  useEffect(() => {
    if (!missing || !access) return;
    const [c, s] = missing;
    const controller = new AbortController();
    setError(null);
    getJson<{ terms: PageEvidenceTerm[] }>(evidenceUrl(access, c, s), controller.signal, "The terms of this pair")
      .then((answer) => setPairs((old) => ({ ...old, [key(c, s)]: answer.terms })))
      .catch((e: Error) => controller.signal.aborted || setError(e.message));
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the pair's identity is its two names
  }, [access, missing?.[0], missing?.[1]]);
  return { terms: (c, s) => pairs[key(c, s)], error };
}
