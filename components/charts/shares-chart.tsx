"use client";
// Stacked 100% bars: which source each candidate document is closest to, one bar per attribution method.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { MethodTick } from "./axis-label";
import { SourceLegend } from "./source-legend";

export type ShareRow = { label: string; shares: Record<string, number>; counts: Record<string, number> };

export function SharesChart({ rows, sources, color, title }: { rows: ShareRow[]; sources: string[]; color: (s: string) => string; title: string }) {
  const data = rows.map((r) => ({ label: r.label, ...Object.fromEntries(sources.map((s) => [s, r.shares[s] ?? 0])) }));
  const height = Math.max(110, rows.length * 48 + 40);
  return (
    <div data-testid="shares-chart">
    <div style={{ height }} className="min-w-[22rem]">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} title={title} desc={rows.map((r) => `${r.label}: ${sources.map((s) => `${s} ${Math.round((r.shares[s] ?? 0) * 100)}%`).join(", ")}`).join("; ")}>
          <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" strokeOpacity={0.4} />
          <YAxis type="category" dataKey="label" width={190} interval={0} tick={<MethodTick max={26} />} stroke="currentColor" strokeOpacity={0.4} />
          <Tooltip
            formatter={(v, name, item) => {
              const row = rows.find((r) => r.label === (item.payload as { label: string }).label);
              const n = row?.counts[String(name)] ?? 0;
              return [`${(Number(v) * 100).toFixed(1)}% (${n} docs)`, String(name)];
            }}
            contentStyle={{ color: "#111827", fontSize: 12 }}
          />
          {sources.map((s) => (
            <Bar key={s} dataKey={s} stackId="share" fill={color(s)} isAnimationActive={false} barSize={24} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
    <SourceLegend entries={sources.map((s) => ({ source: s, color: color(s) }))} />
    </div>
  );
}
