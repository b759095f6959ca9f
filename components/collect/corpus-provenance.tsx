import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format";
import { parseProvenance } from "@/lib/collect/provenance";
import { getCorpusProvenance } from "@/lib/db/collect/corpus-provenance";
import { SettingsTable } from "./collection-settings-list";

/** On a collected corpus' page: how it was sampled. Renders nothing for uploaded corpora. */
export async function CorpusProvenance({ workspaceId, corpusId }: { workspaceId: string; corpusId: string }) {
  const p = parseProvenance(await getCorpusProvenance(workspaceId, corpusId));
  if (!p) return null;
  const c = p.counts;
  return (
    <Card title="Provenance" description={`Collected through the API; ${p.text === "answer" ? "final answers (reasoning kept apart)" : "the reasoning text"}.`}>
      <SettingsTable
        rows={[
          ["Provider", p.provider],
          ["Base URL", p.baseUrl],
          ["Model", p.model],
          ["Prompts", `${p.prompts.name} (${p.prompts.count})`],
          ["Samples per prompt", String(p.samples)],
          ["Temperature", p.temperature === null ? "provider default" : String(p.temperature)],
          ["Max tokens", String(p.maxTokens)],
          ["System prompt", p.systemPrompt || "none"],
          ["Collected", `${p.startedAt ? formatDate(p.startedAt) : "?"} → ${formatDate(p.finishedAt)}`],
          ["Answers", `${c.answered} of ${c.asked} (${c.refusals} refusals, ${c.empty} empty, ${c.failed} failed; ${c.withReasoning} with reasoning)`],
          ["Tokens", `${p.tokens.input} in, ${p.tokens.output} out`],
          ["Run", p.runId],
        ]}
      />
    </Card>
  );
}
