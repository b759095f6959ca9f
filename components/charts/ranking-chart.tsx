"use client";
// Ranked similarity of one candidate to each source: horizontal bars with 95% bootstrap whiskers.
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { WrappedTick } from "./axis-label";

export type RankingDatum = { source: string; value: number; low: number; high: number; color: string };

export function RankingChart({ data, valueLabel = "similarity", title }: { data: RankingDatum[]; valueLabel?: string; title: string }) {
  const rows = data.map((d) => ({
    ...d,
    // ErrorBar takes distances below and above the bar, not the interval ends.
    err: [Math.max(0, d.value - d.low), Math.max(0, d.high - d.value)] as [number, number],
  }));
  const height = Math.max(140, rows.length * 34 + 50);
  return (
    <div style={{ height }} data-testid="ranking-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 20, left: 8 }} title={title} desc={rows.map((d) => `${d.source} ${d.value.toFixed(3)} (95% ${d.low.toFixed(3)}–${d.high.toFixed(3)})`).join("; ")}>
          <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            type="number"
            domain={[0, 1]}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.4}
            label={{ value: valueLabel, position: "insideBottom", offset: -12, fill: "currentColor", fontSize: 12 }}
          />
          <YAxis type="category" dataKey="source" width={150} tick={<WrappedTick max={20} />} stroke="currentColor" strokeOpacity={0.4} interval={0} />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.06 }}
            formatter={(_v, _n, item) => {
              const d = item.payload as RankingDatum;
              return [`${d.value.toFixed(3)} (95% ${d.low.toFixed(3)}–${d.high.toFixed(3)})`, valueLabel];
            }}
            contentStyle={{ background: "var(--tooltip-bg, #fff)", color: "#111827", fontSize: 12 }}
          />
          <Bar dataKey="value" isAnimationActive={false} barSize={18}>
            {rows.map((d) => (
              <Cell key={d.source} fill={d.color} />
            ))}
            <ErrorBar dataKey="err" direction="x" width={8} strokeWidth={1.5} stroke="currentColor" isAnimationActive={false} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
