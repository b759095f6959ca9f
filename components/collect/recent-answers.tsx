type Answer = { promptIndex: number; sample: number; prompt: string; text: string | null; reasoning: string | null; refusal: boolean; empty: boolean; attempts: number };

/** A few stored answers, with the reasoning folded away beside them. */
export function RecentAnswers({ answers }: { answers: Answer[] }) {
  if (answers.length === 0) return <p className="text-sm text-zinc-500 dark:text-zinc-400">No answer stored yet.</p>;
  return (
    <ol className="space-y-3">
      {answers.map((a) => (
        <li key={`${a.promptIndex}-${a.sample}`} className="rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800">
          <p className="font-medium">
            {a.promptIndex + 1}. {a.prompt.length > 200 ? a.prompt.slice(0, 199) + "…" : a.prompt}
            {a.refusal ? <span className="ml-2 text-xs text-amber-700 dark:text-amber-300">(refusal)</span> : null}
            {a.empty ? <span className="ml-2 text-xs text-amber-700 dark:text-amber-300">(empty)</span> : null}
          </p>
          <p className="mt-1 whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">{(a.text ?? "").slice(0, 600)}</p>
          {a.reasoning ? (
            <details className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
              <summary>Reasoning ({a.reasoning.length} characters, not analysed)</summary>
              <p className="mt-1 whitespace-pre-wrap">{a.reasoning.slice(0, 1500)}</p>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
