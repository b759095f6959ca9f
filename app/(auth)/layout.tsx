import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/layout/logo";
import { ThemeToggle } from "@/components/layout/theme-toggle";

// Sign-in and sign-up stand alone: nothing of a workspace is shown before a session exists.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-4 sm:px-6">
          <Link href="/sign-in" className="flex items-center gap-2 font-semibold tracking-tight">
            <Logo />
            <span>Distillscope</span>
          </Link>
          <div className="flex-1" />
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-sm px-4 py-12 sm:px-6">
        {children}
        <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
          New here?{" "}
          <Link prefetch={false} className="font-medium text-indigo-600 hover:underline dark:text-indigo-400" href="/example">
            See an example result
          </Link>
        </p>
      </main>
    </>
  );
}
