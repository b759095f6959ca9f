"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { LengthBin } from "./length-histogram-bins";

type Row = LengthBin & { label: string };

/** Bar chart of document counts per token-length bin (bins computed on the server). */
export function LengthHistogram({ bins }: { bins: LengthBin[] }) {
  const rows: Row[] = bins.map((b) => ({ ...b, label: b.from === b.to ? `${b.from}` : `${b.from}–${b.to}` }));
  return (
    <div
      className="h-64 w-full text-zinc-500 dark:text-zinc-400"
      role="img"
      aria-label={`Histogram of document lengths in tokens, ${bins.length} bins`}
      data-testid="length-histogram"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          margin={{ top: 8, right: 8, bottom: 18, left: 0 }}
          barCategoryGap={1}
          title="Document lengths in tokens"
          desc={rows.map((r) => `${r.label} tokens: ${r.count} documents`).join("; ")}
        >
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="from"
            tick={{ fill: "currentColor", fontSize: 11 }}
            tickLine={false}
            axisLine={{ stroke: "currentColor", strokeOpacity: 0.3 }}
            minTickGap={16}
            label={{ value: "tokens per document (bin start)", position: "insideBottom", offset: -12, fill: "currentColor", fontSize: 11 }}
          />
          <YAxis
            allowDecimals={false}
            tick={{ fill: "currentColor", fontSize: 11 }}
            tickLine={false}
            axisLine={false}
            width={48}
            label={{ value: "documents", angle: -90, position: "insideLeft", offset: 8, fill: "currentColor", fontSize: 11, style: { textAnchor: "middle" } }}
          />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
              if (!row) return null;
              return (
                <div className="rounded-md border border-zinc-200 bg-white px-2.5 py-1.5 text-xs text-zinc-800 shadow-sm dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
                  <div className="font-medium">{row.label} tokens</div>
                  <div>
                    {row.count} document{row.count === 1 ? "" : "s"}
                  </div>
                </div>
              );
            }}
          />
          <Bar dataKey="count" name="Documents" fill="#6366f1" radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
