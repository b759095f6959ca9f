"use client";
// The ranking as a table (as the Chatbot Arena leaderboard shows it): rank range, score, 95% interval,
// sortable by any column. Beside the bar chart, it gives the exact numbers the bars draw.
import { useState } from "react";
import { formatRank, rankRanges } from "./rank-range";

export type ScoreRow = { source: string; value: number; low: number; high: number; color: string };
type Key = "rank" | "source" | "value" | "low" | "high" | "width";

const COLUMNS: { key: Key; label: string; title: string; numeric: boolean }[] = [
  { key: "rank", label: "Rank", title: "Rank range: the ranks the 95% intervals allow", numeric: true },
  { key: "source", label: "Source", title: "Source corpus", numeric: false },
  { key: "value", label: "Score", title: "Similarity, higher = more alike", numeric: true },
  { key: "low", label: "95% low", title: "Lower end of the 95% bootstrap interval", numeric: true },
  { key: "high", label: "95% high", title: "Upper end of the 95% bootstrap interval", numeric: true },
  { key: "width", label: "± ", title: "Half the interval's width", numeric: true },
];

export function ScoreTable({ rows, caption }: { rows: ScoreRow[]; caption: string }) {
  const [sort, setSort] = useState<{ key: Key; dir: "asc" | "desc" }>({ key: "rank", dir: "asc" });
  const ranked = rankRanges(rows).map((r) => ({ ...r, width: (r.high - r.low) / 2 }));
  const value = (r: (typeof ranked)[number], key: Key): number | string =>
    key === "rank" ? r.best + r.worst / 1000 - r.value / 1e6 : key === "source" ? r.source.toLowerCase() : r[key];
  const sorted = [...ranked].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    const c = x < y ? -1 : x > y ? 1 : 0;
    return sort.dir === "asc" ? c : -c;
  });

  function toggle(key: Key) {
    setSort((s) => (s.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: key === "source" || key === "rank" ? "asc" : "desc" }));
  }

  return (
    <table className="w-full text-left text-xs tabular-nums" data-testid="score-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-zinc-200 text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"} className={`px-1.5 py-1 ${c.numeric ? "text-right" : ""}`}>
              <button type="button" onClick={() => toggle(c.key)} title={`${c.title}. Sort by this column.`} className="inline-flex items-center gap-0.5 font-medium hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:text-zinc-100">
                {c.label}
                <span aria-hidden="true">{sort.key === c.key ? (sort.dir === "asc" ? "▲" : "▼") : ""}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.source} className="border-b border-zinc-100 dark:border-zinc-800">
            <td className="px-1.5 py-1 text-right font-medium">{formatRank(r.best, r.worst)}</td>
            <th scope="row" className="max-w-[14rem] px-1.5 py-1 text-left font-normal break-words">
              <span aria-hidden className="mr-1 inline-block h-2.5 w-2.5 rounded-full align-baseline" style={{ background: r.color }} />
              {r.source}
            </th>
            <td className="px-1.5 py-1 text-right">{r.value.toFixed(3)}</td>
            <td className="px-1.5 py-1 text-right">{r.low.toFixed(3)}</td>
            <td className="px-1.5 py-1 text-right">{r.high.toFixed(3)}</td>
            <td className="px-1.5 py-1 text-right">{r.width.toFixed(3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
