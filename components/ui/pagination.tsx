import Link from "next/link";
import { buttonClasses } from "./button";
import { cn } from "./cn";

export type PaginationProps = {
  page: number;
  pageCount: number;
  /** Builds the link for a page number (keep other query parameters in it). */
  hrefFor: (page: number) => string;
  className?: string;
};

/** Previous / numbered / next links. Works in server components (plain links, no state). */
export function Pagination({ page, pageCount, hrefFor, className }: PaginationProps) {
  if (pageCount <= 1) return null;
  const pages = visiblePages(page, pageCount);
  return (
    <nav aria-label="Pagination" className={cn("flex flex-wrap items-center gap-1", className)}>
      <PageLink href={page > 1 ? hrefFor(page - 1) : null} label="Previous page">
        ← Prev
      </PageLink>
      {pages.map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} className="px-2 text-sm text-zinc-400" aria-hidden="true">
            …
          </span>
        ) : (
          <Link
            key={p}
            href={hrefFor(p)}
            aria-label={`Page ${p}`}
            aria-current={p === page ? "page" : undefined}
            className={buttonClasses(p === page ? "primary" : "ghost", "sm", "min-w-8 px-2 tabular-nums")}
          >
            {p}
          </Link>
        ),
      )}
      <PageLink href={page < pageCount ? hrefFor(page + 1) : null} label="Next page">
        Next →
      </PageLink>
    </nav>
  );
}

function PageLink({ href, label, children }: { href: string | null; label: string; children: React.ReactNode }) {
  if (!href)
    return (
      <span aria-disabled="true" className={buttonClasses("ghost", "sm", "pointer-events-none opacity-40")}>
        {children}
      </span>
    );
  return (
    <Link href={href} aria-label={label} className={buttonClasses("ghost", "sm")}>
      {children}
    </Link>
  );
}

/** First, last, and a window around the current page; null marks a gap. */
export function visiblePages(page: number, pageCount: number): Array<number | null> {
  const keep = new Set([1, pageCount, page - 1, page, page + 1]);
  const out: Array<number | null> = [];
  for (let p = 1; p <= pageCount; p++) {
    if (!keep.has(p)) continue;
    const prev = out[out.length - 1];
    if (typeof prev === "number" && p - prev > 1) out.push(p - prev === 2 ? p - 1 : null);
    out.push(p);
  }
  return out;
}
