"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { sendJson } from "./send-json";

/** The admin's switch between open sign-up and invite-only. */
export function SignupToggle({ open, lockedByEnv }: { open: boolean; lockedByEnv: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function toggle(next: boolean) {
    setBusy(true);
    setError(null);
    try {
      await sendJson("/api/settings/signup", "PUT", { open: next });
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      <Checkbox
        id="signup-open"
        label="Anyone can sign up"
        description={lockedByEnv ? "Set by DISTILLSCOPE_SIGNUP on the server." : "When off, only emails a workspace owner has invited can create an account."}
        checked={open}
        disabled={busy || lockedByEnv}
        onChange={(e) => void toggle(e.currentTarget.checked)}
      />
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
