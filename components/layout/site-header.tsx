import Link from "next/link";
import { Logo } from "./logo";
import { SiteNav } from "./site-nav";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "@/components/auth/user-menu";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/85 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/85">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight">
          <Logo />
          <span className="hidden sm:inline">Distillscope</span>
          <span className="sr-only sm:hidden">Distillscope home</span>
        </Link>
        <div className="min-w-0 flex-1">
          <SiteNav />
        </div>
        <ThemeToggle />
        <UserMenu />
      </div>
    </header>
  );
}
