"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

type NavLink = { href: string; label: string; match: (p: string) => boolean };

const links: NavLink[] = [
  { href: "/", label: "Corpora", match: (p: string) => p === "/" || p.startsWith("/corpora") },
  { href: "/upload", label: "Upload", match: (p: string) => p.startsWith("/upload") },
  { href: "/collect", label: "Collect", match: (p: string) => p.startsWith("/collect") || p.startsWith("/connections") },
  { href: "/analyses", label: "Analyses", match: (p: string) => p.startsWith("/analyses") && !p.startsWith("/analyses/new") },
];

const isNew = (p: string) => p.startsWith("/analyses/new");

const itemClasses = (active: boolean) =>
  cn(
    "whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium transition-colors",
    active
      ? "bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100"
      : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100",
  );

/**
 * Main navigation. From `sm` up the links sit in a row; on a phone they fold into a "Menu" button so that
 * "+ New" (a new analysis) always stays on screen beside it.
 */
export function SiteNav() {
  const pathname = usePathname() ?? "/";
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);

  // Close on navigation, on Escape and on a click elsewhere.
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onClick = (e: MouseEvent) => {
      if (menuRef.current && !menuRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [open]);

  return (
    <nav aria-label="Main" className="flex items-center gap-1">
      <div className="hidden items-center gap-0.5 sm:flex">
        {links.map((l) => (
          <Link key={l.href} href={l.href} aria-current={l.match(pathname) ? "page" : undefined} className={itemClasses(l.match(pathname))}>
            {l.label}
          </Link>
        ))}
        <Link href="/analyses/new" aria-current={isNew(pathname) ? "page" : undefined} className={itemClasses(isNew(pathname))}>
          New analysis
        </Link>
      </div>

      <div ref={menuRef} className="relative sm:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="main-menu"
          onClick={() => setOpen((o) => !o)}
          className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <svg className="size-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
            <path d="M4 6h16M4 12h16M4 18h16" strokeLinecap="round" />
          </svg>
          Menu
        </button>
        {open ? (
          <ul
            id="main-menu"
            className="absolute left-0 top-full z-40 mt-1 w-48 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
          >
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} aria-current={l.match(pathname) ? "page" : undefined} className={cn(itemClasses(l.match(pathname)), "block")}>
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      <Link
        href="/analyses/new"
        aria-current={isNew(pathname) ? "page" : undefined}
        aria-label="New analysis"
        className={cn(itemClasses(isNew(pathname)), "sm:hidden", !isNew(pathname) && "text-indigo-700 dark:text-indigo-300")}
      >
        + New
      </Link>
    </nav>
  );
}
