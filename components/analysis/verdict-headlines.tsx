// One plain-words headline per candidate, the reason in a sentence, and the numbers behind it in a details
// line that says what each number measures (confidence is calibrated on trials with a known answer; bootstrap
// support only says how stable the ranking is, so the two can differ a lot). A candidate compared with the
// sources' answers to other prompts gets a warning and, in the workspace, a way to collect theirs on its
// prompts. Then the caution.
import Link from "next/link";
import { offPromptNote } from "@/lib/analysis/off-prompt-note";
import type { PageCandidate, PageResult } from "@/lib/analysis/result-types";

/** `collectHref`: where to collect the sources' answers to a candidate's prompts (null in share views). */
export function VerdictHeadlines({ result, color, collectHref }: { result: PageResult; color: (s: string) => string; collectHref: ((corpusId: string) => string) | null }) {
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
                  <strong className="break-words">{c.name}</strong> inherits its distinctive vocabulary from{" "}
                  <span className="inline-flex items-baseline gap-1">
                    <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ background: color(c.verdict.source) }} />
                    <strong className="break-words">{c.verdict.source}</strong>
                  </span>
                  <span className="text-zinc-600 dark:text-zinc-400">, {strength(c.verdict.confidence)}.</span>
                </p>
              ) : (
                <p className="text-lg text-zinc-900 dark:text-zinc-100">
                  <strong className="break-words">{c.name}</strong>: <span className="font-semibold text-amber-700 dark:text-amber-400">Inconclusive</span>
                  {top ? <span className="text-zinc-600 dark:text-zinc-400"> (closest: {top.source})</span> : null}
                </p>
              )}
              <p className="w-full text-sm text-zinc-600 dark:text-zinc-400">{c.verdict.reason}</p>
              <OffPromptWarning c={c} href={collectHref?.(c.corpusId) ?? null} />
              <p className="w-full text-xs text-zinc-500 dark:text-zinc-400" data-testid="verdict-details">
                <span className="font-medium">Details:</span> {detailsLine(c, result)}
              </p>
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

function OffPromptWarning({ c, href }: { c: PageCandidate; href: string | null }) {
  const text = offPromptNote(c);
  if (!text) return null;
  return (
    <p className="w-full rounded border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-200" data-testid="off-prompt-warning">
      {text}
      {href ? (
        <>
          {" "}
          <Link href={href} className="font-medium underline underline-offset-2">
            Collect the sources on its prompts
          </Link>
        </>
      ) : null}
    </p>
  );
}

/** The calibrated confidence in words; the number itself is in the details line. */
function strength(confidence: number): string {
  return confidence >= 0.95 ? "with high confidence" : confidence >= 0.8 ? "with good confidence" : "with moderate confidence";
}

/** Each number with what it measures. Falls back to the analysis' own details text for fields it lacks. */
export function detailsLine(c: PageCandidate, result: PageResult): string {
  const v = c.verdict;
  const top = c.ranking[0];
  const second = c.ranking[1];
  const calibration = c.calibration ?? result.calibration;
  const threshold = calibration?.threshold;
  const ceiling =
    calibration?.ceiling !== undefined ? `, and ${calibration.openSetTrials ?? 0} trials with the teacher left out allow at most ${pct(calibration.ceiling)}` : "";
  const matched = c.calibration?.promptMatched;
  const onSharedPrompts = matched
    ? `; it and the sources share only part of their prompts, so it was compared with them on the shared prompts only (${matched.candidateDocuments} of its documents, about ${matched.documents} of each source's), and so were the trials with its teacher left out`
    : "";
  const parts = [
    `confidence ${pct(v.confidence)}${threshold !== undefined ? ` (a source is named from ${pct(threshold)}${ceiling})` : ""}: how often a lead this clear was right in ${calibration?.trials ?? "the"} calibration trials with a known answer${onSharedPrompts}`,
    v.support !== undefined && top ? `${top.source} ranks first in ${pct(v.support)} of ${result.params.bootstrap} bootstrap resamples (how stable the ranking is, not how likely it is right)` : null,
    v.margin !== undefined && v.margin !== null && Number.isFinite(v.margin) && second ? `lead over ${second.source}: ${v.margin.toFixed(1)} standard errors` : null,
    top ? `score ${top.score.toFixed(3)} (95% ${top.low.toFixed(3)}–${top.high.toFixed(3)})` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : (v.details ?? "");
}

function pct(x: number): string {
  return `${Math.round(100 * x)}%`;
}
