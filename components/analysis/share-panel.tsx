"use client";
// Create read-only links to this analysis, see the new URL once, and revoke links one by one.
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/input";
import { formatDate } from "@/components/ui/format";
import type { ShareLinkView } from "./types";

export function SharePanel({ analysisId, initialLinks }: { analysisId: string; initialLinks: ShareLinkView[] }) {
  const [links, setLinks] = useState(initialLinks);
  const [label, setLabel] = useState("");
  const [days, setDays] = useState("");
  const [created, setCreated] = useState<{ id: string; url: string; copied: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Revoking cannot be undone (the URL is dead for everyone who has it), so it asks first.
  const [confirming, setConfirming] = useState<ShareLinkView | null>(null);
  const [revoking, setRevoking] = useState(false);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [revokedNote, setRevokedNote] = useState<string | null>(null);

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: { label?: string; expiresInDays?: number } = {};
      if (label.trim()) body.label = label.trim();
      if (days.trim()) body.expiresInDays = Number(days);
      const res = await fetch(`/api/analyses/${encodeURIComponent(analysisId)}/share-links`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const json = (await res.json().catch(() => null)) as { shareLink?: ShareLinkView; url?: string; token?: string; error?: { message?: string } } | null;
      if (!res.ok || !json?.shareLink) throw new Error(json?.error?.message ?? `The link could not be created (${res.status}).`);
      const url = json.url ?? `${window.location.origin}/s/${json.token}`;
      setCreated({ id: json.shareLink.id, url: new URL(url, window.location.origin).toString(), copied: false });
      setRevokedNote(null);
      setLinks((ls) => [{ ...json.shareLink!, revokedAt: null }, ...ls]);
      setLabel("");
      setDays("");
    } catch (err) {
      setError(err instanceof Error ? err.message : "The link could not be created.");
    } finally {
      setBusy(false);
    }
  }

  async function revoke(link: ShareLinkView) {
    setRevoking(true);
    setRevokeError(null);
    try {
      const res = await fetch(`/api/share-links/${encodeURIComponent(link.id)}`, { method: "DELETE" });
      if (!res.ok && res.status !== 404) throw new Error(`The link could not be revoked (HTTP ${res.status}). Try again.`);
      setLinks((ls) => ls.map((l) => (l.id === link.id ? { ...l, revokedAt: new Date().toISOString() } : l)));
      // A revoked link's URL must not stay on screen as if it could still be shared.
      if (created?.id === link.id) setCreated(null);
      setRevokedNote(`“${link.label || "Untitled link"}” was revoked: its URL no longer opens anything.`);
      setConfirming(null);
    } catch (err) {
      setRevokeError(err instanceof Error ? err.message : "The link could not be revoked.");
    } finally {
      setRevoking(false);
    }
  }

  async function copy() {
    if (!created) return;
    await navigator.clipboard.writeText(created.url).catch(() => undefined);
    setCreated({ ...created, copied: true });
  }

  return (
    <section aria-labelledby="share-title" className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="share-panel">
      <h2 id="share-title" className="text-base font-semibold text-zinc-900 dark:text-zinc-100">Share</h2>
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">A read-only link shows these results and evidence snippets, nothing else of the workspace.</p>
      <form onSubmit={create} className="flex flex-wrap items-end gap-3">
        <Field label="Label" htmlFor="share-label" className="min-w-48 flex-1">
          <Input id="share-label" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={120} placeholder="e.g. for the review board" />
        </Field>
        <Field label="Expires after (days)" htmlFor="share-days" className="w-40">
          <Input id="share-days" type="number" min={1} max={3650} value={days} onChange={(e) => setDays(e.target.value)} placeholder="never" />
        </Field>
        <Button type="submit" disabled={busy}>{busy ? "Creating…" : "Create link"}</Button>
      </form>
      {created ? (
        <div className="mt-3 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm dark:border-emerald-500/30 dark:bg-emerald-500/10" role="status">
          <p className="mb-1 font-medium text-emerald-900 dark:text-emerald-200">Link created. Copy it now: it is not shown again.</p>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="share-url" className="sr-only">Share URL</label>
            <Input id="share-url" readOnly value={created.url} className="min-w-0 flex-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} data-testid="share-url" />
            <Button variant="secondary" size="sm" onClick={copy}>{created.copied ? "Copied" : "Copy"}</Button>
          </div>
        </div>
      ) : null}
      {error ? <Alert tone="error" className="mt-3">{error}</Alert> : null}
      {revokedNote ? (
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400" role="status" data-testid="share-revoked">
          {revokedNote}
        </p>
      ) : null}
      {links.length ? (
        <ul className="mt-4 divide-y divide-zinc-100 text-sm dark:divide-zinc-800" aria-label="Share links" data-testid="share-links">
          {links.map((l) => {
            const expired = l.expiresAt !== null && new Date(l.expiresAt).getTime() < Date.now();
            return (
              <li key={l.id} className="flex flex-wrap items-center gap-2 py-2">
                <span className="min-w-0 flex-1 truncate font-medium">{l.label || "Untitled link"}</span>
                <span className="text-xs text-zinc-500">created {formatDate(l.createdAt)}{l.expiresAt ? ` · expires ${formatDate(l.expiresAt)}` : " · no expiry"}</span>
                {l.revokedAt ? <Badge tone="danger">revoked</Badge> : expired ? <Badge tone="warning">expired</Badge> : <Badge tone="success">active</Badge>}
                {!l.revokedAt ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => {
                      setRevokeError(null);
                      setConfirming(l);
                    }}
                    aria-label={`Revoke ${l.label || "untitled link"}`}
                  >
                    Revoke
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-4 text-sm text-zinc-500 dark:text-zinc-400">No links yet.</p>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={`Revoke “${confirming?.label || "Untitled link"}”?`}
        description="Anyone who has this URL loses access at once. This cannot be undone: to share again, create a new link."
        confirmLabel="Revoke link"
        danger
        busy={revoking}
        error={revokeError}
        onConfirm={() => confirming && revoke(confirming)}
        onCancel={() => !revoking && setConfirming(null)}
      />
    </section>
  );
}
