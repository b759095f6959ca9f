"use client";
// Version comparison: two candidates' combined similarity to each source as grouped bars.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { WrappedTick } from "./axis-label";
import { CANDIDATE_COLORS } from "./palette";

export type ComparisonDatum = { source: string; a: number; b: number };

export function ComparisonChart({ data, aName, bName, title }: { data: ComparisonDatum[]; aName: string; bName: string; title: string }) {
  const height = Math.max(160, data.length * 44 + 70);
  return (
    <div style={{ height }} data-testid="comparison-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barGap={2} title={title} desc={`${aName} and ${bName}: combined similarity to each source`}>
          <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" domain={[0, 1]} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" strokeOpacity={0.4} />
          <YAxis type="category" dataKey="source" width={150} tick={<WrappedTick max={20} />} stroke="currentColor" strokeOpacity={0.4} interval={0} />
          <Tooltip formatter={(v) => Number(v).toFixed(3)} contentStyle={{ color: "#111827", fontSize: 12 }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="a" name={aName} fill={CANDIDATE_COLORS[0]} isAnimationActive={false} barSize={14} />
          <Bar dataKey="b" name={bName} fill={CANDIDATE_COLORS[1]} isAnimationActive={false} barSize={14} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
