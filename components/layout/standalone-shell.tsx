import type { ReactNode } from "react";
import { Logo } from "@/components/layout/logo";
import { ThemeToggle } from "@/components/layout/theme-toggle";

/**
 * The frame of a page that stands alone, outside any workspace (a shared analysis, the example): the mark,
 * a badge saying what the page is, `actions` beside the theme toggle, and the page.
 */
export function StandaloneShell({ badge, actions, children }: { badge: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <>
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-4 sm:px-6">
          <Logo />
          <span className="font-semibold tracking-tight">Distillscope</span>
          <span className="hidden rounded-full border border-zinc-300 px-2 py-0.5 text-xs text-zinc-600 sm:inline dark:border-zinc-700 dark:text-zinc-400">
            {badge}
          </span>
          <div className="flex-1" />
          {actions}
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
