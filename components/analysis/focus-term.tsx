"use client";
// The focused term's shared pieces: the button every panel uses to focus a term (aria-pressed when it is the
// focused one), and the chip that says which term is focused and clears it. The state itself is ?term= in the
// URL (results-view), so a reload or a shared link keeps it.
import type { ReactNode } from "react";

export type FocusTerm = (term: string | null, options?: { reveal?: boolean }) => void;

/** A term as a button: clicking focuses it everywhere and (from outside the evidence panel) reveals its uses. */
export function TermButton({ term, focused, onFocusTerm, children, className = "" }: { term: string; focused: boolean; onFocusTerm: FocusTerm; children?: ReactNode; className?: string }) {
  return (
    <button
      type="button"
      aria-pressed={focused}
      onClick={() => onFocusTerm(focused ? null : term, { reveal: !focused })}
      title={focused ? `Stop focusing “${term}”` : `Focus “${term}” in every panel and read its uses`}
      data-term-button={term}
      className={`term-button ${className}`}
    >
      <span className="break-all font-mono">{term}</span>
      {children}
    </button>
  );
}

/** "Focused: <term> ×", sticky under the page header while a term is focused. */
export function FocusedTermChip({ term, onFocusTerm, top }: { term: string; onFocusTerm: FocusTerm; top: "under-header" | "page" }) {
  return (
    <div className={`pointer-events-none sticky z-20 flex justify-center ${top === "under-header" ? "top-16" : "top-2"}`}>
      <p
        className="pointer-events-auto flex max-w-full flex-wrap items-center gap-2 rounded-full border border-amber-300 bg-white/95 px-3 py-1 text-sm shadow-md backdrop-blur dark:border-amber-500/50 dark:bg-zinc-900/95"
        data-testid="focused-term"
        role="status"
      >
        <span className="text-zinc-600 dark:text-zinc-400">Focused:</span>
        <mark className="min-w-0 break-all rounded bg-amber-200 px-1 font-mono text-zinc-900 dark:bg-amber-400">{term}</mark>
        <a href="#evidence-kwic" className="text-xs text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
          uses ↓
        </a>
        <button
          type="button"
          onClick={() => onFocusTerm(null)}
          aria-label={`Clear the focused term “${term}”`}
          title="Clear the focused term"
          className="-mr-1 inline-flex h-7 w-7 items-center justify-center rounded-full text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <span aria-hidden="true">×</span>
        </button>
      </p>
    </div>
  );
}
