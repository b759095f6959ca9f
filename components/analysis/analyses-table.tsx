"use client";
// The list of past analyses: name, verdict and confidence per candidate, sources → candidates, date.
// Sortable by any column and searchable by any name in the row; the verdicts come from their own column.
import Link from "next/link";
import { useMemo, useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { Input } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AnalysisSummaryView } from "./types";

const TONES: Record<string, BadgeTone> = { queued: "neutral", running: "accent", done: "success", failed: "danger" };

type SortKey = "name" | "verdict" | "confidence" | "corpora" | "created";
type Sort = { key: SortKey; dir: "asc" | "desc" };

type Row = {
  a: AnalysisSummaryView;
  sources: string[];
  candidates: string[];
  /** Lower-cased text searched by the filter. */
  haystack: string;
  verdictKey: string;
  confidence: number;
  created: number;
};

const pct = (p: number) => `${Math.round(p * 100)}%`;

export function AnalysesTable({ analyses, corpusNames }: { analyses: AnalysisSummaryView[]; corpusNames: Record<string, string> }) {
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<Sort>({ key: "created", dir: "desc" });

  const rows = useMemo<Row[]>(
    () =>
      analyses.map((a) => {
        const name = (id: string) => corpusNames[id] ?? "(deleted corpus)";
        const sources = a.sourceIds.map(name);
        const candidates = a.candidateIds.map(name);
        const verdicts = a.verdicts ?? [];
        const named = verdicts.filter((v) => v.source).map((v) => v.source as string);
        return {
          a,
          sources,
          candidates,
          haystack: [a.name, a.status, ...sources, ...candidates, ...named, ...(verdicts.some((v) => !v.source) ? ["inconclusive"] : [])].join("\n").toLowerCase(),
          // Attributed rows sort by the source named; inconclusive, then unfinished, after them.
          verdictKey: named.length ? `0${named.join(",").toLowerCase()}` : verdicts.length ? "1" : `2${a.status}`,
          confidence: verdicts.length ? Math.max(...verdicts.map((v) => v.confidence)) : -1,
          created: new Date(a.createdAt).getTime(),
        };
      }),
    [analyses, corpusNames],
  );

  const q = query.trim().toLowerCase();
  const shown = rows.filter((r) => !q || q.split(/\s+/).every((word) => r.haystack.includes(word)));
  shown.sort((x, y) => {
    const d = compare(x, y, sort.key);
    return sort.dir === "asc" ? d : -d;
  });

  function header(key: SortKey, label: string, className?: string) {
    const active = sort.key === key;
    const next: Sort = { key, dir: active && sort.dir === "desc" ? "asc" : active ? "desc" : key === "name" || key === "verdict" ? "asc" : "desc" };
    return (
      <TH className={className} aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          onClick={() => setSort(next)}
          className="inline-flex items-center gap-1 rounded uppercase tracking-wide hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:text-zinc-100"
        >
          {label}
          <span aria-hidden className={active ? "" : "opacity-30"}>
            {active && sort.dir === "asc" ? "▲" : "▼"}
          </span>
          <span className="sr-only">, sort {next.dir === "asc" ? "ascending" : "descending"}</span>
        </button>
      </TH>
    );
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="analyses-search" className="sr-only">
          Search analyses
        </label>
        <div className="min-w-0 flex-1 basis-56 sm:max-w-sm">
          <Input
            id="analyses-search"
            type="search"
            placeholder="Search by name, corpus or verdict"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <p className="text-sm text-zinc-500 dark:text-zinc-400" aria-live="polite" data-testid="analyses-count">
          {shown.length === rows.length ? "" : `${shown.length} of `}
          {rows.length} {rows.length === 1 ? "analysis" : "analyses"}
        </p>
      </div>
      <Table data-testid="analyses-table" aria-label="Analyses">
        <caption className="sr-only">Past analyses; the column headers sort</caption>
        <THead>
          <tr>
            {header("name", "Name")}
            {header("verdict", "Verdict")}
            {header("confidence", "Confidence", "hidden text-right sm:table-cell")}
            {header("corpora", "Candidates vs sources", "hidden md:table-cell")}
            {header("created", "Date", "hidden sm:table-cell")}
          </tr>
        </THead>
        <TBody>
          {shown.map(({ a, sources, candidates }) => (
            <TR key={a.id} data-testid="analysis-row">
              <TD className="min-w-[8rem] max-w-xs">
                <Link href={`/analyses/${a.id}`} className="font-medium break-words text-indigo-700 hover:underline dark:text-indigo-300">
                  {a.name}
                </Link>
                {/* Below md the corpora and date columns are hidden: the essentials move under the name. */}
                <span className="mt-0.5 block text-xs text-zinc-500 md:hidden dark:text-zinc-400">
                  {sources.length} sources → {candidates.length} candidate{candidates.length === 1 ? "" : "s"}
                </span>
                <span className="block whitespace-nowrap text-xs text-zinc-500 sm:hidden dark:text-zinc-400">{formatDate(a.createdAt).slice(0, 10)}</span>
              </TD>
              <TD data-testid="analysis-verdict">
                <Verdicts a={a} />
              </TD>
              <TD className="hidden text-right tabular-nums sm:table-cell" data-testid="analysis-confidence">
                {a.verdicts?.length ? (
                  <ul className="space-y-1">
                    {a.verdicts.map((v, i) => (
                      <li key={i} title={`${v.candidate}: calibrated confidence ${pct(v.confidence)}${v.source ? "" : ", below what a verdict needs"}`}>
                        {/* The same two lines as the verdict cell, so each number sits level with its candidate. */}
                        {a.verdicts!.length > 1 ? <span aria-hidden className="block text-xs">&nbsp;</span> : null}
                        <span className={v.source ? "flex h-6 items-center justify-end" : "flex h-6 items-center justify-end text-zinc-500 dark:text-zinc-400"}>
                          {pct(v.confidence)}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-zinc-400">–</span>
                )}
              </TD>
              <TD className="hidden max-w-md text-zinc-600 md:table-cell dark:text-zinc-400">
                {/* Candidates first: with many sources they would otherwise be cut off. */}
                <span className="line-clamp-2 font-medium text-zinc-900 dark:text-zinc-100" title={candidates.join(", ")}>
                  {candidates.join(", ")}
                </span>
                <span className="line-clamp-2 text-xs" title={sources.join(", ")}>
                  vs {sources.length} sources: {sources.join(", ")}
                </span>
              </TD>
              <TD className="hidden whitespace-nowrap text-zinc-600 sm:table-cell dark:text-zinc-400">{formatDate(a.createdAt)}</TD>
            </TR>
          ))}
          {shown.length === 0 ? (
            <tr>
              <td colSpan={5} className="px-4 py-6 text-center text-sm text-zinc-500">
                No analyses match “{query}”.
              </td>
            </tr>
          ) : null}
        </TBody>
      </Table>
    </div>
  );
}

function Verdicts({ a }: { a: AnalysisSummaryView }) {
  if (a.status !== "done" || !a.verdicts) {
    return (
      <Badge tone={TONES[a.status] ?? "neutral"}>
        {a.status}
        {a.status === "running" ? ` ${Math.round(a.progress * 100)}%` : ""}
      </Badge>
    );
  }
  return (
    <ul className="space-y-1">
      {a.verdicts.map((v, i) => (
        <li key={i} className="min-w-0 max-w-[16rem] text-sm">
          {a.verdicts!.length > 1 ? (
            <span className="block truncate text-xs text-zinc-500 dark:text-zinc-400" title={v.candidate}>
              {v.candidate}
            </span>
          ) : null}
          <span className="flex h-6 items-center gap-1.5">
            {v.source ? (
              <span className="truncate font-medium text-zinc-900 dark:text-zinc-100" title={v.source}>
                <span className="sr-only">resembles </span>
                <span aria-hidden>≈ </span>
                {v.source}
              </span>
            ) : (
              <Badge>inconclusive</Badge>
            )}
            {/* On a phone the confidence column is hidden: the number sits beside the verdict. */}
            <span className="whitespace-nowrap text-xs text-zinc-500 sm:hidden dark:text-zinc-400">{pct(v.confidence)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function compare(x: Row, y: Row, key: SortKey): number {
  switch (key) {
    case "name":
      return x.a.name.localeCompare(y.a.name);
    case "verdict":
      return x.verdictKey.localeCompare(y.verdictKey);
    case "confidence":
      return x.confidence - y.confidence;
    case "corpora":
      return x.sources.length + x.candidates.length - (y.sources.length + y.candidates.length);
    case "created":
      return x.created - y.created;
  }
}
