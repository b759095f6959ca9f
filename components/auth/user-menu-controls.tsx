"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

type Props = {
  user: { name: string; email: string; isAdmin: boolean };
  workspaces: { id: string; name: string; role: string }[];
  activeWorkspaceId: string;
};

const itemClasses = "block w-full rounded-md px-3 py-2 text-left text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800";

export function UserMenuControls({ user, workspaces, activeWorkspaceId }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !menu.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  async function switchTo(workspaceId: string) {
    setBusy(true);
    const res = await fetch("/api/workspaces/switch", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ workspaceId }) });
    // Everything on screen belonged to the old workspace: start from its home page.
    if (res.ok) window.location.assign("/");
    else setBusy(false);
  }

  async function signOut() {
    setBusy(true);
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => undefined);
    window.location.assign("/sign-in");
  }

  const initials = (user.name || user.email).trim().slice(0, 1).toUpperCase();
  return (
    <div className="flex items-center gap-2">
      {workspaces.length > 1 ? (
        <label className="hidden items-center gap-1 md:flex">
          <span className="sr-only">Workspace</span>
          <select
            aria-label="Workspace"
            className="h-8 max-w-44 truncate rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
            value={activeWorkspaceId}
            disabled={busy}
            onChange={(e) => void switchTo(e.target.value)}
          >
            {workspaces.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
                {w.role === "viewer" ? " (view only)" : ""}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="relative" ref={menu}>
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={open}
          aria-label={`Account menu for ${user.name || user.email}`}
          onClick={() => setOpen((v) => !v)}
          className="flex h-8 w-8 items-center justify-center rounded-full bg-indigo-600 text-sm font-semibold text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
        >
          {initials}
        </button>
        {open ? (
          <div role="menu" className="absolute right-0 z-40 mt-2 w-64 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-950">
            <div className="border-b border-zinc-100 px-3 py-2 dark:border-zinc-800">
              <p className="truncate text-sm font-medium text-zinc-900 dark:text-zinc-100">{user.name}</p>
              <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">{user.email}</p>
              {user.isAdmin ? <p className="mt-1 text-xs text-indigo-600 dark:text-indigo-400">Instance admin</p> : null}
            </div>
            {workspaces.length > 1 ? (
              <div className="border-b border-zinc-100 py-1 md:hidden dark:border-zinc-800">
                {workspaces.map((w) => (
                  <button key={w.id} role="menuitem" type="button" disabled={busy} onClick={() => void switchTo(w.id)} className={cn(itemClasses, w.id === activeWorkspaceId && "font-semibold")}>
                    {w.name}
                  </button>
                ))}
              </div>
            ) : null}
            <Link role="menuitem" href="/settings" className={itemClasses} onClick={() => setOpen(false)}>
              Settings
            </Link>
            <button role="menuitem" type="button" disabled={busy} onClick={() => void signOut()} className={itemClasses}>
              Sign out
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
