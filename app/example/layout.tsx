import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/layout/logo";
import { ThemeToggle } from "@/components/layout/theme-toggle";

// The example stands alone, like a shared analysis: no workspace, a way in for those who have none yet.
export default function ExampleLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-4 sm:px-6">
          <Logo />
          <span className="font-semibold tracking-tight">Distillscope</span>
          <span className="hidden rounded-full border border-zinc-300 px-2 py-0.5 text-xs sm:inline text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            Example analysis
          </span>
          <div className="flex-1" />
          <Link href="/sign-in" className="whitespace-nowrap text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-400">
            Sign in
          </Link>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
