"use client";
// Evidence for one candidate–source pair: distinctive shared terms with their rates, and keyword-in-context
// snippets for the chosen term. All text is rendered as React text nodes, never as HTML.
import { useState } from "react";
import type { AnalysisResult, EvidenceTerm, KwicSnippet } from "@/lib/analysis/result-types";
import { LabeledSelect } from "./controls";
import { paramLine } from "./method-notes";

export function EvidencePanel({ result, initialCandidate }: { result: AnalysisResult; initialCandidate: string }) {
  const [candidateName, setCandidateName] = useState(initialCandidate);
  const candidate = result.candidates.find((c) => c.name === candidateName) ?? result.candidates[0];
  const [sourceName, setSourceName] = useState(candidate?.verdict.source ?? candidate?.ranking[0]?.source ?? result.sources[0]);
  const [termKey, setTermKey] = useState<string | null>(null);
  if (!candidate) return null;

  const pair = candidate.evidence.find((e) => e.source === sourceName) ?? candidate.evidence[0];
  const terms = pair?.terms ?? [];
  const term = terms.find((t) => key(t) === termKey) ?? null;

  function pickCandidate(name: string) {
    const c = result.candidates.find((x) => x.name === name);
    setCandidateName(name);
    setSourceName(c?.verdict.source ?? c?.ranking[0]?.source ?? result.sources[0]);
    setTermKey(null);
  }

  return (
    <section id="evidence" aria-labelledby="evidence-title" data-chart="evidence" className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="evidence-title" className="text-base font-semibold text-zinc-900 dark:text-zinc-100">Evidence</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Words and phrases the candidate shares with the source more than with the other sources. Select a term to read it in context.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <LabeledSelect label="Candidate" value={candidate.name} options={result.candidates.map((c) => ({ value: c.name, label: c.name }))} onChange={pickCandidate} />
          <LabeledSelect label="Source" value={pair?.source ?? sourceName} options={candidate.evidence.map((e) => ({ value: e.source, label: e.source }))} onChange={(s) => { setSourceName(s); setTermKey(null); }} />
        </div>
      </header>
      {terms.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No distinctive shared terms for this pair.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="max-h-[28rem] overflow-auto rounded border border-zinc-200 dark:border-zinc-800">
            <table className="w-full text-left text-xs tabular-nums" data-testid="evidence-table">
              <caption className="sr-only">Distinctive terms shared by {candidate.name} and {pair?.source}, per million tokens</caption>
              <thead className="sticky top-0 bg-zinc-50 dark:bg-zinc-800">
                <tr>
                  <th scope="col" className="px-2 py-1.5">Term</th>
                  <th scope="col" className="px-2 py-1.5">Kind</th>
                  <th scope="col" className="px-2 py-1.5 text-right" title="per million tokens in the candidate">Candidate /M</th>
                  <th scope="col" className="px-2 py-1.5 text-right" title="per million tokens in this source">Source /M</th>
                  <th scope="col" className="px-2 py-1.5 text-right" title="mean per million over the other sources">Others /M</th>
                  <th scope="col" className="px-2 py-1.5 text-right" title="per million in the human reference">Human /M</th>
                  <th scope="col" className="px-2 py-1.5 text-right">Score</th>
                </tr>
              </thead>
              <tbody>
                {terms.map((t) => (
                  <tr key={key(t)} className={`border-t border-zinc-100 dark:border-zinc-800 ${key(t) === termKey ? "bg-indigo-50 dark:bg-indigo-500/15" : ""}`}>
                    <td className="px-2 py-1">
                      <button type="button" onClick={() => setTermKey(key(t))} aria-pressed={key(t) === termKey} className="text-left font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300">
                        {t.term}
                      </button>
                    </td>
                    <td className="px-2 py-1 text-zinc-500">{t.kind}</td>
                    <td className="px-2 py-1 text-right">{rate(t.candidatePerMillion)}</td>
                    <td className="px-2 py-1 text-right">{rate(t.sourcePerMillion)}</td>
                    <td className="px-2 py-1 text-right">{rate(t.otherSourcesPerMillion)}</td>
                    <td className="px-2 py-1 text-right">{t.humanPerMillion === null ? "–" : rate(t.humanPerMillion)}</td>
                    <td className="px-2 py-1 text-right">{t.score.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div aria-live="polite" data-testid="kwic">
            {term ? (
              <div className="space-y-3">
                <h3 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">“{term.term}” in context</h3>
                <SnippetList title={`${candidate.name} (candidate, ${term.candidateCount} uses)`} snippets={term.snippets.candidate} />
                <SnippetList title={`${pair?.source} (source, ${term.sourceCount} uses)`} snippets={term.snippets.source} />
              </div>
            ) : (
              <p className="text-sm text-zinc-500 dark:text-zinc-400">Select a term to see its snippets from both corpora.</p>
            )}
          </div>
        </div>
      )}
      <p className="mt-3 border-t border-zinc-100 pt-2 font-mono text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
        Score: how strongly the term ties candidate and source against the other sources · rates per million tokens · human ref {result.params.humanReference} · {paramLine(result.params)}
      </p>
    </section>
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
          {snippets.map((s, i) => (
            <li key={i} className="rounded bg-zinc-50 px-2 py-1 font-mono text-xs leading-relaxed text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200" data-testid="kwic-snippet">
              <span className="mr-2 text-zinc-400">#{s.documentOrdinal}</span>
              <span>{s.left}</span>
              <mark className="rounded bg-amber-200 px-0.5 text-zinc-900 dark:bg-amber-400">{s.match}</mark>
              <span>{s.right}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function key(t: EvidenceTerm): string {
  return `${t.kind}:${t.term}`;
}

function rate(v: number): string {
  return v >= 100 ? Math.round(v).toString() : v.toFixed(1);
}
