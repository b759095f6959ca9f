// One plain-words headline per candidate, with the caution that resemblance is not proof.
import type { AnalysisResult } from "@/lib/analysis/result-types";

export function VerdictHeadlines({ result, color }: { result: AnalysisResult; color: (s: string) => string }) {
  return (
    <section aria-labelledby="verdicts-title" className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="verdicts-title" className="sr-only">Verdicts</h2>
      <ul className="space-y-3" data-testid="verdicts">
        {result.candidates.map((c) => {
          const top = c.ranking[0];
          return (
            <li key={c.corpusId} className="flex flex-wrap items-baseline gap-x-2" data-testid="verdict">
              {c.verdict.status === "attributed" && c.verdict.source ? (
                <p className="text-lg text-zinc-900 dark:text-zinc-100">
                  <strong>{c.name}</strong> inherits its distinctive vocabulary from{" "}
                  <span className="inline-flex items-baseline gap-1">
                    <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ background: color(c.verdict.source) }} />
                    <strong>{c.verdict.source}</strong>
                  </span>{" "}
                  <span className="text-zinc-600 dark:text-zinc-400">(confidence {Math.round(c.verdict.confidence * 100)}%)</span>
                </p>
              ) : (
                <p className="text-lg text-zinc-900 dark:text-zinc-100">
                  <strong>{c.name}</strong>: <span className="font-semibold text-amber-700 dark:text-amber-400">Inconclusive</span>
                  {top ? <span className="text-zinc-600 dark:text-zinc-400"> (closest: {top.source}, {top.score.toFixed(2)})</span> : null}
                </p>
              )}
              <p className="w-full text-sm text-zinc-600 dark:text-zinc-400">{c.verdict.reason}</p>
              {c.verdict.details ? <p className="w-full text-xs text-zinc-500 dark:text-zinc-400">{c.verdict.details}</p> : null}
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-sm font-medium text-zinc-700 dark:text-zinc-300" role="note">
        Resemblance is evidence, not proof: shared style can also come from shared training data, shared prompts or
        similar instruction tuning.
      </p>
    </section>
  );
}
