"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { sendJson } from "./send-json";

/** Creates a workspace owned by the user and switches to it. */
export function NewWorkspaceForm() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setBusy(true);
    setError(null);
    try {
      const { workspace } = await sendJson<{ workspace: { id: string } }>("/api/workspaces", "POST", { name });
      await sendJson("/api/workspaces/switch", "POST", { workspaceId: workspace.id });
      window.location.assign("/settings");
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={create} className="flex flex-wrap items-end gap-3">
      <Field label="New workspace" htmlFor="workspace-name" className="min-w-56 flex-1">
        <Input id="workspace-name" name="name" required maxLength={100} placeholder="e.g. Red team" />
      </Field>
      <Button type="submit" variant="secondary" disabled={busy}>Create and switch</Button>
      {error ? <Alert tone="error" className="w-full">{error}</Alert> : null}
    </form>
  );
}
