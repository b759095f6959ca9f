// Two questions side by side for every candidate: whose form it shares (kinship: a base model leaves it) and
// whose distinctive vocabulary it inherited (what it was trained on). The verdict answers inheritance; when
// the two name different sources, the sentence under the candidate says so in plain words.
import type { PageCandidate, PageResult, RankingEntry } from "@/lib/analysis/result-types";
import { TermButton, type FocusTerm } from "./focus-term";
import { metricLabel } from "./method-notes";

type Focus = { focusTerm: string | null; onFocusTerm: FocusTerm };
type Props = { result: PageResult; color: (source: string) => string } & Partial<Focus>;

const SHARED_TERMS = 5;

const SHOWN = 3;

export function KinshipInheritance({ result, color, focusTerm = null, onFocusTerm }: Props) {
  const candidates = result.candidates.filter((c) => c.kinship && c.inheritance);
  if (candidates.length === 0) return null;
  const first = candidates[0];
  return (
    <section
      aria-labelledby="questions-title"
      className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      data-testid="kinship-inheritance"
    >
      <h2 id="questions-title" className="text-base font-semibold text-zinc-900 dark:text-zinc-100">
        Kinship and inheritance
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        <strong className="font-medium text-zinc-800 dark:text-zinc-200">Form</strong> (function words, character n-grams, layout) is what a
        shared base model leaves. <strong className="font-medium text-zinc-800 dark:text-zinc-200">Distinctive vocabulary</strong> is what a
        student copies from the texts it was trained on. The verdict answers the second question.
      </p>
      <ul className="mt-4 space-y-4">
        {candidates.map((c) => (
          <CandidateQuestions key={c.corpusId} candidate={c} color={color} focus={onFocusTerm ? { focusTerm, onFocusTerm } : null} />
        ))}
      </ul>
      <p className="mt-4 text-xs text-zinc-500 dark:text-zinc-400">
        Form: {first.kinship!.metrics.map(metricLabel).join(", ")}. Vocabulary: {first.inheritance!.metrics.map(metricLabel).join(", ")}, with
        the analysis&apos; most frequent words (function words) left out. Scores are combined similarities, 0.5 = an average source;
        brackets are 95% bootstrap intervals.
      </p>
    </section>
  );
}

function CandidateQuestions({ candidate, color, focus }: { candidate: PageCandidate; color: (source: string) => string; focus: Focus | null }) {
  const reading = candidate.reading;
  // The words behind the inheritance answer: the style terms the candidate shares most with its top source.
  const heir = candidate.inheritance?.ranking[0]?.source;
  const shared = (candidate.evidence.find((e) => e.source === heir)?.terms ?? [])
    .filter((t) => !t.promptTopic)
    .sort((a, b) => b.score - a.score)
    .slice(0, SHARED_TERMS);
  const copies = (candidate.copies ?? []).filter((c) => c.documents > 0);
  return (
    <li data-testid="candidate-questions" data-agree={reading?.agree ? "true" : "false"}>
      <p className="font-medium text-zinc-900 dark:text-zinc-100">{candidate.name}</p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <QuestionList title="Form is closest to" entries={candidate.kinship!.ranking} color={color} testId="kinship" />
        <QuestionList title="Distinctive vocabulary is closest to" entries={candidate.inheritance!.ranking} color={color} testId="inheritance" />
      </div>
      {reading ? (
        <p
          className={`mt-2 text-sm ${reading.agree ? "text-zinc-600 dark:text-zinc-400" : "rounded-md bg-amber-50 px-2 py-1 text-amber-900 dark:bg-amber-950 dark:text-amber-200"}`}
          data-testid="reading"
        >
          {reading.text}
        </p>
      ) : null}
      {focus && heir && shared.length > 0 ? (
        <div className="mt-2 flex flex-wrap items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400" data-testid="shared-terms">
          <span>Words it shares most with {heir}:</span>
          {shared.map((t) => (
            <TermButton key={`${t.kind}:${t.term}`} term={t.term} focused={t.term === focus.focusTerm} onFocusTerm={focus.onFocusTerm} />
          ))}
        </div>
      ) : null}
      {copies.length > 0 ? (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400" data-testid="copies">
          Word-for-word copies of a source&apos;s answers: {copies.map((c) => `${c.source} (${c.documents})`).join(", ")}.
        </p>
      ) : null}
    </li>
  );
}

function QuestionList({ title, entries, color, testId }: { title: string; entries: RankingEntry[]; color: (s: string) => string; testId: string }) {
  return (
    <div className="rounded-md border border-zinc-200 p-2 dark:border-zinc-800" data-testid={testId}>
      <p className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{title}</p>
      <ol className="mt-1 space-y-1">
        {entries.slice(0, SHOWN).map((e, i) => (
          <li key={e.source} className="flex items-baseline gap-2 text-sm">
            <span aria-hidden className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: color(e.source) }} />
            <span className={`min-w-0 flex-1 break-words ${i === 0 ? "font-semibold text-zinc-900 dark:text-zinc-100" : "text-zinc-700 dark:text-zinc-300"}`}>
              {e.source}
            </span>
            <span className="shrink-0 tabular-nums text-zinc-600 dark:text-zinc-400">
              {e.score.toFixed(2)} <span className="text-xs">[{e.low.toFixed(2)}, {e.high.toFixed(2)}]</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
