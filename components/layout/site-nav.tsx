"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

type NavLink = { href: string; label: string; short?: string; match: (p: string) => boolean };

const links: NavLink[] = [
  { href: "/", label: "Corpora", match: (p: string) => p === "/" || p.startsWith("/corpora") },
  { href: "/upload", label: "Upload", match: (p: string) => p.startsWith("/upload") },
  { href: "/collect", label: "Collect", match: (p: string) => p.startsWith("/collect") || p.startsWith("/connections") },
  { href: "/analyses", label: "Analyses", match: (p: string) => p.startsWith("/analyses") && !p.startsWith("/analyses/new") },
  { href: "/analyses/new", label: "New analysis", short: "New", match: (p: string) => p.startsWith("/analyses/new") },
];

export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main" className="-mx-1 flex items-center gap-0.5 overflow-x-auto">
      {links.map((l) => {
        const active = l.match(pathname);
        return (
          <Link
            key={l.href}
            href={l.href}
            aria-current={active ? "page" : undefined}
            aria-label={l.short ? l.label : undefined}
            className={cn(
              "whitespace-nowrap rounded-md px-2 py-1.5 sm:px-2.5 text-sm font-medium transition-colors",
              active
                ? "bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100"
                : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100",
            )}
          >
            {l.short ? (
              <>
                <span className="sm:hidden">+ {l.short}</span>
                <span className="hidden sm:inline">{l.label}</span>
              </>
            ) : (
              l.label
            )}
          </Link>
        );
      })}
    </nav>
  );
}
