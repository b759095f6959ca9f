"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";

export function DeleteCorpusButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/corpora/${encodeURIComponent(id)}`, { method: "DELETE" });
      if (!res.ok && res.status !== 404) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `Delete failed (HTTP ${res.status}).`);
      }
      setOpen(false);
      router.push("/");
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Delete corpus
      </Button>
      <ConfirmDialog
        open={open}
        danger
        busy={busy}
        error={error}
        title={`Delete “${name}”?`}
        description="This permanently removes the corpus and all its documents. It cannot be undone."
        confirmLabel="Delete"
        onConfirm={remove}
        onCancel={() => {
          if (!busy) setOpen(false);
        }}
      />
    </>
  );
}
