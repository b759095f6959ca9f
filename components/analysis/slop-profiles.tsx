"use client";
// What each corpus over-uses against human writing (its slop profile), a few terms per corpus as buttons:
// clicking one focuses it everywhere, so its rate in every corpus and its uses are one click away.
import { useState } from "react";
import type { PageResult } from "@/lib/analysis/result-types";
import { SLOP_TERMS_MORE, SLOP_TERMS_SHOWN, shownSlopTerms } from "@/lib/analysis/slop/shown-slop-terms";
import { TermButton, type FocusTerm } from "./focus-term";

type Props = { result: PageResult; focusTerm: string | null; onFocusTerm: FocusTerm; color: (source: string) => string };

export function SlopProfiles({ result, focusTerm, onFocusTerm, color }: Props) {
  const [all, setAll] = useState(false);
  const profiles = result.slopProfiles
    .map((p) => ({ ...p, terms: shownSlopTerms(p.terms) }))
    .filter((p) => p.terms.length > 0 || p.note);
  if (profiles.length === 0) return null;
  const role = new Map(result.corpora.map((c) => [c.name, c.role]));
  // Candidates first: they are what the page is about.
  const ordered = [...profiles].sort((a, b) => Number(role.get(a.corpus) === "source") - Number(role.get(b.corpus) === "source"));
  const shown = all ? SLOP_TERMS_MORE : SLOP_TERMS_SHOWN;
  return (
    <section aria-labelledby="slop-title" className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="slop-profiles">
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="slop-title" className="text-base font-semibold text-zinc-900 dark:text-zinc-100">What each corpus over-uses</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Words and phrases used far more often than in human writing (the slop profile). Select one to see its rate in every corpus and read its uses.
          </p>
        </div>
        <button type="button" onClick={() => setAll((v) => !v)} aria-expanded={all} className="rounded border border-zinc-300 px-2 py-0.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800">
          {all ? "Fewer terms" : "More terms"}
        </button>
      </header>
      <ul className="space-y-3">
        {ordered.map((p) => (
          <li key={p.corpus} data-testid="slop-profile" data-corpus={p.corpus}>
            <p className="mb-1 flex items-center gap-1.5 text-sm font-medium text-zinc-900 dark:text-zinc-100">
              <span aria-hidden className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: role.get(p.corpus) === "source" ? color(p.corpus) : "#6B7280" }} />
              <span className="min-w-0 break-words">{p.corpus}</span>
              <span className="text-xs font-normal text-zinc-500 dark:text-zinc-400">({role.get(p.corpus) ?? "corpus"})</span>
            </p>
            {p.terms.length === 0 ? (
              <p className="text-xs text-zinc-500 dark:text-zinc-400">{p.note}</p>
            ) : (
              <ul className="flex flex-wrap gap-1.5" aria-label={`Terms ${p.corpus} over-uses`}>
                {p.terms.slice(0, shown).map((t) => (
                  <li key={`${t.kind}:${t.term}`}>
                    <TermButton term={t.term} focused={t.term === focusTerm} onFocusTerm={onFocusTerm}>
                      <span className="tabular-nums text-[10px] opacity-70" title={`${Math.round(t.ratio)}× the human rate, ${t.perMillion.toFixed(0)} per million tokens, in ${t.prompts} prompts' answers`}>
                        ×{formatRatio(t.ratio)}
                      </span>
                    </TermButton>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-3 border-t border-zinc-100 pt-2 font-mono text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
        ×: the term&apos;s rate in the corpus over its rate in {ordered[0]?.reference ?? result.params.humanReference} (half a count when the reference lacks it) · only terms found in several prompts&apos; answers, numbers and symbols left out
      </p>
    </section>
  );
}

function formatRatio(r: number): string {
  return r >= 100 ? Math.round(r).toLocaleString("en-US") : r >= 10 ? r.toFixed(0) : r.toFixed(1);
}
