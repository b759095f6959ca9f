"use client";
// The 2-D map (PCA or MDS) of all corpora: sources as coloured circles, candidates as grey diamonds,
// every point labelled.
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { truncateLabel } from "./axis-label";
import { CANDIDATE_COLORS } from "./palette";

export type MapPoint = { label: string; x: number; y: number; role: "source" | "candidate"; color: string };
type PlacedPoint = MapPoint & { labelDy: number; labelLeft: boolean };

type ShapeProps = { cx?: number; cy?: number; payload?: PlacedPoint };

// Greedy label stacking: a label whose point sits close to an earlier one (in plot-relative units) moves
// down a line, so near-identical corpora (e.g. two versions of one model) stay legible.
export function placeLabels(points: MapPoint[]): PlacedPoint[] {
  const span = (xs: number[]) => Math.max(1e-12, Math.max(...xs) - Math.min(...xs));
  const sx = span(points.map((p) => p.x));
  const sy = span(points.map((p) => p.y));
  const minX = Math.min(...points.map((p) => p.x));
  const placed: { nx: number; ny: number; line: number }[] = [];
  return points.map((p) => {
    const nx = p.x / sx;
    const ny = p.y / sy;
    const near = placed.filter((q) => Math.abs(q.nx - nx) < 0.25 && Math.abs(q.ny - ny) < 0.06);
    let line = 0;
    while (near.some((q) => q.line === line)) line++;
    placed.push({ nx, ny, line });
    // Points in the right third label to their left, so labels stay inside the plot.
    return { ...p, labelDy: line * 14, labelLeft: (p.x - minX) / sx > 0.66 };
  });
}

function PointShape({ cx = 0, cy = 0, payload }: ShapeProps) {
  if (!payload) return <g />;
  const label = truncateLabel(payload.label, 26);
  const side = payload.labelLeft ? -1 : 1;
  const marker =
    payload.role === "candidate" ? (
      <rect x={cx - 6} y={cy - 6} width={12} height={12} transform={`rotate(45 ${cx} ${cy})`} fill={CANDIDATE_COLORS[0]} stroke="currentColor" />
    ) : (
      <circle cx={cx} cy={cy} r={6.5} fill={payload.color} stroke="currentColor" strokeWidth={0.75} />
    );
  return (
    <g>
      {marker}
      {payload.labelDy ? <line x1={cx} y1={cy} x2={cx + side * 10} y2={cy + payload.labelDy} stroke="currentColor" strokeOpacity={0.4} /> : null}
      <text x={cx + side * 10} y={cy + 4 + payload.labelDy} textAnchor={payload.labelLeft ? "end" : "start"} fontSize={11} fill="currentColor" fontWeight={payload.role === "candidate" ? 600 : 400}>
        <title>{payload.label}</title>
        {label}
      </text>
    </g>
  );
}

export function ProjectionMap({ points, xLabel, yLabel }: { points: MapPoint[]; xLabel: string; yLabel: string }) {
  const padded = (vals: number[]): [number, number] => {
    const lo = Math.min(...vals);
    const hi = Math.max(...vals);
    const pad = (hi - lo || 1) * 0.08;
    return [lo - pad, hi + pad];
  };
  return (
    <div style={{ height: 380 }} data-testid="projection-map">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 10, right: 24, bottom: 24, left: 4 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.12} />
          <XAxis type="number" dataKey="x" name={xLabel} tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" strokeOpacity={0.4} tickFormatter={fmt} label={{ value: xLabel, position: "insideBottom", offset: -14, fill: "currentColor", fontSize: 12 }} domain={padded(points.map((p) => p.x))} />
          <YAxis type="number" dataKey="y" name={yLabel} tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" strokeOpacity={0.4} tickFormatter={fmt} label={{ value: yLabel, angle: -90, position: "insideLeft", fill: "currentColor", fontSize: 12 }} domain={padded(points.map((p) => p.y))} />
          <ZAxis range={[80, 80]} />
          <Tooltip
            cursor={{ strokeDasharray: "3 3" }}
            content={({ payload }) => {
              const p = payload?.[0]?.payload as MapPoint | undefined;
              if (!p) return null;
              return (
                <div className="rounded border border-zinc-300 bg-white px-2 py-1 text-xs text-zinc-900 shadow">
                  <strong>{p.label}</strong> ({p.role})<br />({fmt(p.x)}, {fmt(p.y)})
                </div>
              );
            }}
          />
          <Scatter data={placeLabels(points)} shape={<PointShape />} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}

function fmt(v: number): string {
  return Number(v.toPrecision(2)).toString();
}
