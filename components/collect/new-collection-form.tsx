"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { sendJson } from "@/components/auth/send-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type FormConnection = { id: string; name: string; model: string; concurrency: number };
export type FormPromptSource = { value: string; label: string };

type Props = { connections: FormConnection[]; builtin: FormPromptSource[]; promptSets: FormPromptSource[]; corpora: FormPromptSource[]; initialCorpus?: string };

/** One form for several models: each ticked connection (and model id) becomes its own collection and corpus. */
export function NewCollectionForm({ connections, builtin, promptSets, corpora, initialCorpus }: Props) {
  const router = useRouter();
  const [source, setSource] = useState(initialCorpus ? "corpus" : "builtin");
  const [picked, setPicked] = useState<Record<string, boolean>>(() => (connections.length === 1 ? { [connections[0].id]: true } : {}));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "").trim();
    const number = (name: string) => (value(name) === "" ? null : Number(value(name)));
    const targets = connections.filter((c) => picked[c.id]).flatMap((c) => value(`model-${c.id}`).split(",").map((m) => ({ connectionId: c.id, model: m.trim() || c.model })));
    setError(null);
    if (targets.length === 0) return setError("Tick at least one connection.");
    setBusy(true);
    try {
      let prompts: unknown;
      if (source === "upload") {
        const file = data.get("promptFile");
        if (!(file instanceof File) || file.size === 0) throw new Error("Choose a prompt file to upload.");
        const upload = new FormData();
        upload.set("file", file);
        upload.set("name", value("promptSetName") || file.name);
        const res = await fetch("/api/prompt-sets", { method: "POST", body: upload });
        const body = (await res.json()) as { promptSet?: { id: string }; error?: { message: string } };
        if (!res.ok || !body.promptSet) throw new Error(body.error?.message ?? `The upload failed (${res.status}).`);
        prompts = { kind: "prompt-set", id: body.promptSet.id };
      } else if (source === "builtin") prompts = { kind: "builtin", key: value("builtinKey") };
      else if (source === "set") prompts = { kind: "prompt-set", id: value("promptSetId") };
      else prompts = { kind: "corpus", id: value("corpusId") };
      const settings = {
        samples: number("samples") ?? 1,
        temperature: number("temperature"),
        maxTokens: number("maxTokens") ?? 1024,
        systemPrompt: value("systemPrompt"),
        budget: { requests: number("budgetRequests"), tokens: number("budgetTokens") },
        reasoningCorpus: data.get("reasoningCorpus") === "on",
      };
      const { collections } = await sendJson<{ collections: { id: string }[] }>("/api/collections", "POST", { targets, prompts, name: value("name") || undefined, settings });
      router.push(collections.length === 1 ? `/collect/${collections[0].id}` : "/collect");
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  const sourceOption = (id: string, label: string, disabled = false) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="radio" name="source" value={id} checked={source === id} disabled={disabled} onChange={() => setSource(id)} />
      {label}
    </label>
  );

  return (
    <form onSubmit={submit} className="space-y-6" aria-label="New collection">
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">Models</legend>
        {connections.map((c) => (
          <div key={c.id} className="flex flex-wrap items-center gap-3">
            <label className="flex min-w-48 items-center gap-2 text-sm">
              <input type="checkbox" checked={!!picked[c.id]} onChange={(e) => setPicked((p) => ({ ...p, [c.id]: e.target.checked }))} />
              {c.name}
            </label>
            <Input aria-label={`Model ids for ${c.name}`} name={`model-${c.id}`} defaultValue={c.model} className="max-w-sm" disabled={!picked[c.id]} />
          </div>
        ))}
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Several model ids on one connection: separate them with commas. Each model becomes its own corpus.</p>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Prompts</legend>
        <div className="flex flex-wrap items-center gap-3">
          {sourceOption("builtin", "Built-in set")}
          <Select name="builtinKey" aria-label="Built-in prompt set" options={builtin} disabled={source !== "builtin"} className="max-w-md" />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {sourceOption("corpus", "What a corpus was asked", corpora.length === 0)}
          <Select name="corpusId" aria-label="Corpus whose prompts to ask" options={corpora} defaultValue={initialCorpus} disabled={source !== "corpus"} className="max-w-md" />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {sourceOption("set", "An uploaded prompt list", promptSets.length === 0)}
          <Select name="promptSetId" aria-label="Uploaded prompt list" options={promptSets} disabled={source !== "set"} className="max-w-md" />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {sourceOption("upload", "Upload a prompt list")}
          <input type="file" name="promptFile" aria-label="Prompt file" accept=".txt,.csv,.tsv,.jsonl,.json,.ndjson,.zip,.gz" disabled={source !== "upload"} className="text-sm" />
          <Input name="promptSetName" aria-label="Prompt list name" placeholder="list name (optional)" className="max-w-xs" disabled={source !== "upload"} />
        </div>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">A .txt file holds one prompt per line; CSV/JSONL need a prompt, instruction or question column; any file the upload reads gives its instructions.</p>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Corpus name" htmlFor="col-name" hint="Default: model · prompt set." className="sm:col-span-3">
          <Input id="col-name" name="name" maxLength={200} />
        </Field>
        <Field label="Samples per prompt" htmlFor="col-samples">
          <Input id="col-samples" name="samples" type="number" min={1} max={50} defaultValue={1} />
        </Field>
        <Field label="Temperature" htmlFor="col-temperature" hint="Empty: the provider's default.">
          <Input id="col-temperature" name="temperature" type="number" min={0} max={2} step={0.1} />
        </Field>
        <Field label="Max tokens" htmlFor="col-max-tokens">
          <Input id="col-max-tokens" name="maxTokens" type="number" min={1} defaultValue={1024} />
        </Field>
        <Field label="System prompt" htmlFor="col-system" className="sm:col-span-3">
          <Textarea id="col-system" name="systemPrompt" rows={2} maxLength={20000} placeholder="optional" />
        </Field>
        <Field label="Budget: requests" htmlFor="col-budget-requests" hint="Stop after this many requests (retries count).">
          <Input id="col-budget-requests" name="budgetRequests" type="number" min={1} />
        </Field>
        <Field label="Budget: tokens" htmlFor="col-budget-tokens" hint="Stop after this many tokens in and out.">
          <Input id="col-budget-tokens" name="budgetTokens" type="number" min={1} />
        </Field>
        <label className="flex items-center gap-2 self-center text-sm">
          <input type="checkbox" name="reasoningCorpus" />
          Also keep reasoning as its own corpus
        </label>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" disabled={busy}>{busy ? "Starting…" : "Start collecting"}</Button>
    </form>
  );
}
