"use client";

import { useState, type FormEvent } from "react";
import type { FilePreview } from "@/lib/ingest/types";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Input, Textarea } from "@/components/ui/input";
import type { CommitOptions } from "./ingest-api";

export type CommitFields = Omit<CommitOptions, "format" | "mapping">;

export type CommitFormProps = {
  previews: FilePreview[];
  fileNames: string[];
  busy: boolean;
  /** Chosen in the check panel, next to the bad lines it applies to. */
  skipBadRecords: boolean;
  /** Why "Create" is disabled (the check is running, or found a problem); null when it may be pressed. */
  blockedReason: string | null;
  onSubmit: (fields: CommitFields) => void;
};

/** Names the corpus (or corpora) and confirms the ingest. */
export function CommitForm({ previews, fileNames, busy, skipBadRecords, blockedReason, onSubmit }: CommitFormProps) {
  const models = distinctModels(previews);
  // Records with no model field form their own corpus when splitting, under the Model given here.
  const unmodelled = previews.some((p) => p.models.some((m) => !m.model && m.count > 0));
  const splitCount = models.length + (unmodelled ? 1 : 0);
  const canSplit = models.length > 0 && splitCount > 1;
  const [name, setName] = useState("");
  const [model, setModel] = useState(models.length === 1 && !unmodelled ? models[0] : "");
  const [provider, setProvider] = useState("");
  const [version, setVersion] = useState("");
  const [notes, setNotes] = useState("");
  const [split, setSplit] = useState(models.length > 1);

  const splitting = split && canSplit;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (blockedReason) return;
    onSubmit({
      name: name.trim() || undefined,
      model: model.trim() || undefined,
      provider: provider.trim() || undefined,
      version: version.trim() || undefined,
      notes: notes.trim() || undefined,
      splitByModel: splitting,
      skipBadRecords,
    });
  }

  return (
    <Card title="Create corpus" description="Documents are stored verbatim; nothing is normalised.">
      <form onSubmit={submit} className="space-y-5" aria-label="Corpus details">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Name"
            htmlFor="corpus-name"
            hint={splitting ? "Optional prefix; each corpus is named after its model." : "Defaults to the file name."}
          >
            <Input id="corpus-name" value={name} onChange={(e) => setName(e.target.value)} placeholder={defaultName(fileNames)} maxLength={200} />
          </Field>
          <Field
            label="Model"
            htmlFor="corpus-model"
            hint={
              splitting
                ? unmodelled
                  ? "For the records that name no model (“unknown” if left empty)."
                  : "Taken from each record's model field."
                : models.length === 1
                  ? "Detected from the records."
                  : "The model that wrote these outputs."
            }
          >
            <Input
              id="corpus-model"
              value={splitting && !unmodelled ? "" : model}
              onChange={(e) => setModel(e.target.value)}
              disabled={splitting && !unmodelled}
              placeholder={splitting ? (unmodelled ? "unknown" : "one corpus per model") : "e.g. gpt-4o-2024-08-06"}
              maxLength={200}
            />
          </Field>
          <Field label="Provider" htmlFor="corpus-provider" hint="Optional.">
            <Input id="corpus-provider" value={provider} onChange={(e) => setProvider(e.target.value)} placeholder="e.g. OpenAI" maxLength={200} />
          </Field>
          <Field label="Version" htmlFor="corpus-version" hint="Optional, e.g. a release date.">
            <Input id="corpus-version" value={version} onChange={(e) => setVersion(e.target.value)} maxLength={100} />
          </Field>
          <Field label="Notes" htmlFor="corpus-notes" hint="Optional: where the outputs came from, sampling settings…" className="sm:col-span-2">
            <Textarea id="corpus-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={5000} />
          </Field>
        </div>

        <div className="space-y-3">
          {canSplit ? (
            <Checkbox
              id="split-by-model"
              checked={split}
              onChange={(e) => setSplit(e.target.checked)}
              label={`Split by model (${splitCount} corpora)`}
              description={`One corpus per model named in the records: ${models.slice(0, 6).join(", ")}${models.length > 6 ? ", …" : ""}${unmodelled ? ", and one for records without a model" : ""}.`}
            />
          ) : null}
        </div>

        <div className="flex flex-wrap items-center justify-end gap-3">
          {blockedReason ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400" id="create-blocked" data-testid="create-blocked" aria-live="polite">
              {blockedReason}
            </p>
          ) : null}
          <Button type="submit" disabled={busy || blockedReason !== null} aria-describedby={blockedReason ? "create-blocked" : undefined}>
            {busy ? "Starting…" : splitting ? `Create ${splitCount} corpora` : "Create corpus"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function distinctModels(previews: FilePreview[]): string[] {
  const set = new Set<string>();
  for (const p of previews) for (const m of p.models) if (m.model) set.add(m.model);
  return [...set];
}

function defaultName(fileNames: string[]): string {
  const stem = (n: string) => n.replace(/(\.(jsonl?|ndjson|csv|tsv|txt|md|markdown))?(\.(gz|zip))?$/i, "");
  if (fileNames.length === 0) return "Corpus name";
  return fileNames.length === 1 ? stem(fileNames[0]) : `${stem(fileNames[0])} +${fileNames.length - 1}`;
}
