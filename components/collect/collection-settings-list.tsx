import { formatDate } from "@/components/ui/format";
import type { CollectionSettings, PromptSource } from "@/lib/collect/collection-settings";

type Props = {
  run: { provider: string; baseUrl: string; model: string; settings: CollectionSettings; promptSource: PromptSource; createdAt: string; startedAt: string | null; finishedAt: string | null };
};

/** How a model was sampled: the same fields a collected corpus carries as provenance. */
export function CollectionSettingsList({ run }: Props) {
  const s = run.settings;
  const rows: [string, string][] = [
    ["Provider", run.provider],
    ["Base URL", run.baseUrl],
    ["Model", run.model],
    ["Prompts", `${run.promptSource.name} (${run.promptSource.count})`],
    ["Samples per prompt", String(s.samples)],
    ["Temperature", s.temperature === null ? "provider default" : String(s.temperature)],
    ["Max tokens", String(s.maxTokens)],
    ["System prompt", s.systemPrompt || "none"],
    ["Concurrency", String(s.concurrency)],
    ["Budget", [s.budget.requests ? `${s.budget.requests} requests` : null, s.budget.tokens ? `${s.budget.tokens} tokens` : null].filter(Boolean).join(", ") || "none"],
    ["Created", formatDate(run.createdAt)],
    ["Finished", run.finishedAt ? formatDate(run.finishedAt) : "—"],
  ];
  return <SettingsTable rows={rows} />;
}

export function SettingsTable({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-1.5 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{k}</dt>
          <dd className="whitespace-pre-wrap break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
