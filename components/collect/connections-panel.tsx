"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { sendJson } from "@/components/auth/send-json";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type ConnectionRow = {
  id: string;
  name: string;
  provider: string;
  baseUrl: string;
  model: string;
  concurrency: number;
  hasKey: boolean;
  keyMask: string | null;
  test: { testedAt: string | null; ok: boolean | null; message: string | null };
};

const PROVIDERS = [
  { value: "openai-compatible", label: "OpenAI-compatible (OpenAI, OpenRouter, Together, DeepSeek, vLLM, Ollama…)", placeholder: "https://api.openai.com/v1" },
  { value: "anthropic", label: "Anthropic Messages API", placeholder: "https://api.anthropic.com/v1" },
  { value: "gemini", label: "Google Gemini API", placeholder: "https://generativelanguage.googleapis.com/v1beta" },
];

/** Connections to model APIs. Owners add, re-key and remove them; everyone sees them, with keys masked. */
export function ConnectionsPanel({ connections, canManage, canTest }: { connections: ConnectionRow[]; canManage: boolean; canTest: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [provider, setProvider] = useState("openai-compatible");

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    setBusy(true);
    setError(null);
    try {
      await sendJson("/api/connections", "POST", { ...data, concurrency: Number(data.concurrency || 4) });
      form.reset();
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-6">
      {connections.length === 0 ? <p className="text-sm text-zinc-500 dark:text-zinc-400">No connections yet.</p> : null}
      <ul className="space-y-3">
        {connections.map((c) => (
          <ConnectionItem key={c.id} connection={c} canManage={canManage} canTest={canTest} />
        ))}
      </ul>
      {canManage ? (
        <form onSubmit={add} className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" aria-label="Add a connection">
          <h3 className="text-sm font-semibold">Add a connection</h3>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Name" htmlFor="con-name">
              <Input id="con-name" name="name" required maxLength={100} placeholder="e.g. OpenRouter" />
            </Field>
            <Field label="Protocol" htmlFor="con-provider">
              <Select id="con-provider" name="provider" value={provider} onChange={(e) => setProvider(e.target.value)} options={PROVIDERS} />
            </Field>
            <Field label="Base URL" htmlFor="con-base-url" hint="Leave empty for the provider's default.">
              <Input id="con-base-url" name="baseUrl" placeholder={PROVIDERS.find((p) => p.value === provider)?.placeholder} />
            </Field>
            <Field label="Model id" htmlFor="con-model" hint="The default for new collections; each collection may name another.">
              <Input id="con-model" name="model" required maxLength={200} placeholder="e.g. gpt-4o-mini" />
            </Field>
            <Field label="API key" htmlFor="con-key" hint="Stored encrypted; never shown again, only its last 4 characters.">
              <Input id="con-key" name="apiKey" type="password" autoComplete="off" placeholder={provider === "openai-compatible" ? "optional for local servers" : "required"} />
            </Field>
            <Field label="Concurrency" htmlFor="con-concurrency" hint="Requests in flight at once on this connection.">
              <Input id="con-concurrency" name="concurrency" type="number" min={1} max={64} defaultValue={4} />
            </Field>
          </div>
          <Button type="submit" disabled={busy}>Add connection</Button>
        </form>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}

function ConnectionItem({ connection: c, canManage, canTest }: { connection: ConnectionRow; canManage: boolean; canTest: boolean }) {
  const router = useRouter();
  const [test, setTest] = useState(c.test);
  const [testing, setTesting] = useState(false);
  const [rekey, setRekey] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The worker runs the test: poll until it has answered.
  useEffect(() => {
    if (!testing) return;
    const started = Date.now();
    const timer = setInterval(async () => {
      const res = await fetch(`/api/connections/${c.id}`, { cache: "no-store" }).catch(() => null);
      const body = res?.ok ? ((await res.json()) as { connection: ConnectionRow }) : null;
      if (body?.connection.test.testedAt) {
        setTest(body.connection.test);
        setTesting(false);
      } else if (Date.now() - started > 90_000) {
        setTesting(false);
        setError("No worker answered within 90 s. Is the worker running (DISTILLSCOPE_WORKER, npm run worker)?");
      }
    }, 700);
    return () => clearInterval(timer);
  }, [testing, c.id]);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function saveKey(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const apiKey = String(new FormData(event.currentTarget).get("apiKey") ?? "");
    await run(async () => {
      await sendJson(`/api/connections/${c.id}`, "PATCH", { apiKey: apiKey || null });
      setRekey(false);
      router.refresh();
    });
  }

  return (
    <li className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="connection">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="font-medium">{c.name}</p>
          <p className="break-all text-sm text-zinc-600 dark:text-zinc-400">
            {c.provider} · <span className="font-mono text-xs">{c.baseUrl}</span> · model <span className="font-mono text-xs">{c.model}</span> · concurrency {c.concurrency}
          </p>
          <p className="text-sm">
            Key: {c.hasKey ? <span className="font-mono text-xs" data-testid="key-mask">{c.keyMask}</span> : <span className="text-zinc-500">none</span>}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canTest ? (
            <Button size="sm" variant="secondary" disabled={testing} onClick={() => run(async () => (await sendJson(`/api/connections/${c.id}/test`, "POST"), setTesting(true)))}>
              {testing ? "Testing…" : "Test connection"}
            </Button>
          ) : null}
          {canManage ? (
            <>
              <Button size="sm" variant="secondary" onClick={() => setRekey((v) => !v)}>
                {c.hasKey ? "Replace key" : "Add key"}
              </Button>
              <Button size="sm" variant="danger" aria-label={`Delete ${c.name}`} onClick={() => confirm(`Delete the connection "${c.name}" and its key?`) && run(async () => (await sendJson(`/api/connections/${c.id}`, "DELETE"), router.refresh()))}>
                Delete
              </Button>
            </>
          ) : null}
        </div>
      </div>
      {rekey ? (
        <form onSubmit={saveKey} className="mt-3 flex flex-wrap items-end gap-2">
          <Field label="New API key (empty removes the key)" htmlFor={`key-${c.id}`} className="min-w-64 flex-1">
            <Input id={`key-${c.id}`} name="apiKey" type="password" autoComplete="off" />
          </Field>
          <Button type="submit" size="sm">Save key</Button>
        </form>
      ) : null}
      {test.testedAt && !testing ? (
        <div className="mt-3" data-testid="test-result">
          <Badge tone={test.ok ? "success" : "danger"}>{test.ok ? "test passed" : "test failed"}</Badge>
          <pre className="mt-1 whitespace-pre-wrap break-all rounded bg-zinc-50 p-2 font-mono text-xs dark:bg-zinc-950">{test.message}</pre>
        </div>
      ) : null}
      {error ? <Alert tone="error" className="mt-3">{error}</Alert> : null}
    </li>
  );
}
