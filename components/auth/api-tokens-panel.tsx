"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/components/ui/format";
import { Field, Input } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { sendJson } from "./send-json";

export type TokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

/** Personal API tokens: create (the token is shown once), list, revoke. */
export function ApiTokensPanel({ tokens }: { tokens: TokenRow[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    setBusy(true);
    setError(null);
    try {
      const { token } = await sendJson<{ token: string }>("/api/tokens", "POST", { name });
      setCreated(token);
      form.reset();
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function revoke(id: string) {
    setError(null);
    try {
      await sendJson(`/api/tokens/${id}`, "DELETE");
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={create} className="flex flex-wrap items-end gap-3">
        <Field label="Token name" htmlFor="token-name" className="min-w-56 flex-1">
          <Input id="token-name" name="name" required maxLength={100} placeholder="e.g. nightly eval script" />
        </Field>
        <Button type="submit" disabled={busy}>Create token</Button>
      </form>
      {created ? (
        <Alert tone="success" title="Copy your new token now: it will not be shown again.">
          <code className="mt-1 block break-all rounded bg-white/70 px-2 py-1 font-mono text-xs dark:bg-black/30" data-testid="new-token">{created}</code>
          <p className="mt-1">Send it as <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>.</p>
        </Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {tokens.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">No tokens yet.</p>
      ) : (
        <Table>
          <THead>
            <TR>
              <TH>Name</TH>
              <TH>Token</TH>
              <TH>Created</TH>
              <TH>Last used</TH>
              <TH><span className="sr-only">Actions</span></TH>
            </TR>
          </THead>
          <TBody>
            {tokens.map((t) => (
              <TR key={t.id}>
                <TD>{t.name}</TD>
                <TD className="font-mono text-xs">{t.prefix}…</TD>
                <TD>{formatDate(t.createdAt)}</TD>
                <TD>{t.lastUsedAt ? formatDate(t.lastUsedAt) : "never"}</TD>
                <TD className="text-right">
                  {t.revokedAt ? (
                    <Badge tone="danger">revoked</Badge>
                  ) : (
                    <Button size="sm" variant="secondary" onClick={() => void revoke(t.id)} aria-label={`Revoke ${t.name}`}>
                      Revoke
                    </Button>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
