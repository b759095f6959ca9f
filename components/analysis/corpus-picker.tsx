"use client";
// A searchable multi-select list of corpora. Corpora picked for the other role are shown but disabled.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formatCompact, formatInteger } from "@/components/ui/format";
import type { CorpusOption } from "./types";

type Props = {
  legend: string;
  hint: string;
  corpora: CorpusOption[];
  selected: string[];
  blocked: Set<string>;
  blockedReason: string;
  onChange: (ids: string[]) => void;
};

export function CorpusPicker({ legend, hint, corpora, selected, blocked, blockedReason, onChange }: Props) {
  const [query, setQuery] = useState("");
  const searchId = useId();
  const q = query.trim().toLowerCase();
  const shown = q ? corpora.filter((c) => c.name.toLowerCase().includes(q) || c.model.toLowerCase().includes(q)) : corpora;
  const chosen = new Set(selected);

  function toggle(id: string) {
    onChange(chosen.has(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  }

  // "Select all" takes what the search shows (minus corpora picked for the other role); "Clear" empties the role.
  const selectable = shown.filter((c) => !blocked.has(c.id) && !chosen.has(c.id));
  const selectAll = () => onChange([...selected, ...selectable.map((c) => c.id)]);

  return (
    <fieldset className="min-w-0 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <legend className="px-1 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        {legend} <span className="font-normal text-zinc-500">({selected.length} selected)</span>
      </legend>
      <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">{hint}</p>
      <label htmlFor={searchId} className="sr-only">Search {legend.toLowerCase()}</label>
      <Input id={searchId} type="search" placeholder="Search by name or model" value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className="mt-2 flex items-center gap-2">
        <Button variant="secondary" size="sm" onClick={selectAll} disabled={selectable.length === 0} aria-label={`Select all ${q ? "shown " : ""}${legend.toLowerCase()}`}>
          Select all{q ? " shown" : ""}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => onChange([])} disabled={selected.length === 0} aria-label={`Clear ${legend.toLowerCase()}`}>
          Clear
        </Button>
      </div>
      <ul className="mt-2 max-h-72 divide-y divide-zinc-100 overflow-y-auto rounded border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" aria-label={legend}>
        {shown.length === 0 ? <li className="px-3 py-2 text-sm text-zinc-500">No corpora match.</li> : null}
        {shown.map((c) => {
          const disabled = blocked.has(c.id);
          const id = `${searchId}-${c.id}`;
          return (
            <li key={c.id} className={disabled ? "opacity-50" : undefined}>
              <label htmlFor={id} className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
                <input id={id} type="checkbox" checked={chosen.has(c.id)} disabled={disabled} onChange={() => toggle(c.id)} className="h-4 w-4 accent-indigo-600" />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-zinc-900 dark:text-zinc-100" title={c.name}>{c.name}</span>
                  <span className="block truncate text-xs text-zinc-500 dark:text-zinc-400">
                    {c.model} · {formatInteger(c.documentCount)} docs · {formatCompact(c.tokenCount)} tokens
                    {disabled ? ` · ${blockedReason}` : ""}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
