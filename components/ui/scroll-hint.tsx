"use client";
// A sideways-scrolling box that says so: when its content is wider than the box, a line above it tells the
// reader to scroll, and the box is a named, focusable region so keyboard users can scroll it too.
import { useEffect, useRef, useState, type ReactNode } from "react";

/** `className`: extra classes for the scrolling box (e.g. a max height, so it scrolls both ways). */
export function ScrollHint({ label, children, className = "" }: { label: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="min-w-0">
      {overflows ? (
        <p className="mb-1 text-xs text-zinc-500 dark:text-zinc-400" data-testid="scroll-hint" aria-hidden="true">
          Scroll sideways for more →
        </p>
      ) : null}
      <div
        ref={ref}
        data-scroll-box
        className={`overflow-x-auto focus-visible:outline-2 focus-visible:outline-indigo-500 ${className}`}
        role={overflows ? "region" : undefined}
        aria-label={overflows ? `${label} (scrolls sideways)` : undefined}
        tabIndex={overflows ? 0 : undefined}
      >
        {children}
      </div>
    </div>
  );
}
