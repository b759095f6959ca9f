"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/password-length";

type Mode = "sign-in" | "sign-up";

const post = (url: string, body: Record<string, string>) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** Email and password against better-auth's endpoints; a full page load afterwards picks up the session. */
export function AuthForm({ mode, next = "/" }: { mode: Mode; next?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = Object.fromEntries(["name", "email", "password"].filter((k) => form.has(k)).map((k) => [k, String(form.get(k))]));
    setBusy(true);
    setError(null);
    try {
      // Sign-up never signs in by itself (its answer must not tell whether the email has an account), so
      // after it the form signs in with the same email and password.
      let res = await post(`/api/auth/${mode}/email`, body);
      if (res.ok && mode === "sign-up") res = await post("/api/auth/sign-in/email", { email: body.email, password: body.password });
      if (res.ok) {
        window.location.assign(next.startsWith("/") && !next.startsWith("//") ? next : "/");
        return;
      }
      const data = (await res.json().catch(() => ({}))) as { message?: string };
      if (mode === "sign-up" && res.status === 401) setError("The account could not be created with this email. If it already has an account, sign in instead.");
      else setError(data.message || (res.status === 401 ? "Wrong email or password." : `The server answered ${res.status}.`));
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate={false}>
      {mode === "sign-up" ? (
        <Field label="Name" htmlFor="name">
          <Input id="name" name="name" autoComplete="name" required maxLength={100} />
        </Field>
      ) : null}
      <Field label="Email" htmlFor="email">
        <Input id="email" name="email" type="email" autoComplete="email" required maxLength={320} />
      </Field>
      <Field label="Password" htmlFor="password" hint={mode === "sign-up" ? `At least ${MIN_PASSWORD_LENGTH} characters, and not a commonly used password.` : undefined}>
        <Input id="password" name="password" type="password" autoComplete={mode === "sign-up" ? "new-password" : "current-password"} required minLength={mode === "sign-up" ? MIN_PASSWORD_LENGTH : 1} maxLength={MAX_PASSWORD_LENGTH} />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" className="w-full" disabled={busy}>
        {busy ? "Please wait…" : mode === "sign-in" ? "Sign in" : "Create account"}
      </Button>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        {mode === "sign-in" ? (
          <>
            No account yet? <Link className="font-medium text-indigo-600 hover:underline dark:text-indigo-400" href="/sign-up">Sign up</Link>
          </>
        ) : (
          <>
            Have an account? <Link className="font-medium text-indigo-600 hover:underline dark:text-indigo-400" href="/sign-in">Sign in</Link>
          </>
        )}
      </p>
    </form>
  );
}
