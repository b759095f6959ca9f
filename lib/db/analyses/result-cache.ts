import type { AnalysisResult } from "@/lib/analysis/result-types";

// A stored result is immutable once done, except when a deleted corpus' snippets are cut out of it (which
// shortens it). Parsing a result of several MB for every request of a busy results page costs most of the
// request, so the parsed results of the most recently read analyses are kept, keyed by id, finish time and the
// stored text's size: a rewrite changes the length, so a stale copy is never served. Callers must not
// mutate what they get. The stored text's size comes from the caller's read of the row (get-analysis.ts).

const MAX_ENTRIES = 16;
const MAX_CHARS = 200_000_000;

type Entry = { key: string; result: AnalysisResult; chars: number };
const holder = globalThis as typeof globalThis & { __distillscopeResults?: Map<string, Entry> };
const entries: Map<string, Entry> = (holder.__distillscopeResults ??= new Map());

/** The parsed result of a done analysis, from memory when unchanged (same finish time and stored size in bytes), else read (by `read`) and kept. */
export async function loadResultCached(id: string, finishedAt: Date | null, storedBytes: number, read: () => Promise<string | null>): Promise<AnalysisResult | null> {
  const key = `${finishedAt?.getTime() ?? 0}:${storedBytes}`;
  const hit = entries.get(id);
  if (hit?.key === key) {
    entries.delete(id); // most recently used last
    entries.set(id, hit);
    return hit.result;
  }
  const text = await read();
  if (text === null) return null;
  const result = JSON.parse(text) as AnalysisResult;
  entries.set(id, { key, result, chars: text.length });
  let total = [...entries.values()].reduce((s, e) => s + e.chars, 0);
  for (const [oldest, entry] of entries) {
    if (entries.size <= MAX_ENTRIES && total <= MAX_CHARS) break;
    entries.delete(oldest);
    total -= entry.chars;
  }
  return result;
}
