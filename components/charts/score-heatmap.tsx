"use client";
// Candidate × source heatmap drawn as plain SVG: scrolls sideways when there are many sources, with
// rotated, truncated column labels and the full names in <title> tooltips.
import { sequentialColor, textOn } from "./palette";
import { truncateLabel } from "./axis-label";

type Props = { rows: string[]; columns: string[]; values: number[][]; highlight?: (row: number, col: number) => boolean };

const CELL_W = 52;
const CELL_H = 30;
const ROW_LABEL_W = 160;
const COL_LABEL_H = 110;
const LEGEND_H = 44;

export function ScoreHeatmap({ rows, columns, values, highlight }: Props) {
  const flat = values.flat().filter(Number.isFinite);
  const min = flat.length ? Math.min(...flat) : 0;
  const max = flat.length ? Math.max(...flat) : 1;
  const scale = (v: number) => (max > min ? (v - min) / (max - min) : 0.5);
  const width = Math.max(ROW_LABEL_W + columns.length * CELL_W + 8, ROW_LABEL_W + 230);
  const height = COL_LABEL_H + rows.length * CELL_H + LEGEND_H;

  return (
    <div className="overflow-x-auto" data-testid="score-heatmap">
      <svg data-chart-svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Heatmap of combined similarity, candidates by sources" fontSize={12}>
        {columns.map((c, j) => (
          <g key={c} transform={`translate(${ROW_LABEL_W + j * CELL_W + CELL_W / 2},${COL_LABEL_H - 6}) rotate(-45)`}>
            <text fill="currentColor" textAnchor="start">
              <title>{c}</title>
              {truncateLabel(c, 16)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => (
          <g key={r} transform={`translate(0,${COL_LABEL_H + i * CELL_H})`}>
            <text x={ROW_LABEL_W - 8} y={CELL_H / 2 + 4} textAnchor="end" fill="currentColor">
              <title>{r}</title>
              {truncateLabel(r, 20)}
            </text>
            {columns.map((c, j) => {
              const v = values[i]?.[j];
              const fill = Number.isFinite(v) ? sequentialColor(scale(v)) : "transparent";
              const marked = highlight?.(i, j) ?? false;
              return (
                <g key={c} transform={`translate(${ROW_LABEL_W + j * CELL_W},0)`}>
                  <rect width={CELL_W - 2} height={CELL_H - 2} rx={2} fill={fill} stroke={marked ? "currentColor" : "none"} strokeWidth={marked ? 2 : 0}>
                    <title>{`${r} → ${c}: ${Number.isFinite(v) ? v.toFixed(3) : "n/a"}`}</title>
                  </rect>
                  <text x={(CELL_W - 2) / 2} y={CELL_H / 2 + 3} textAnchor="middle" fontSize={11} fill={Number.isFinite(v) ? textOn(fill) : "currentColor"} pointerEvents="none">
                    {Number.isFinite(v) ? v.toFixed(2) : "–"}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
        <Legend x={ROW_LABEL_W} y={COL_LABEL_H + rows.length * CELL_H + 14} min={min} max={max} />
      </svg>
    </div>
  );
}

function Legend({ x, y, min, max }: { x: number; y: number; min: number; max: number }) {
  const steps = 24;
  const w = 160;
  return (
    <g transform={`translate(${x},${y})`}>
      {Array.from({ length: steps }, (_, k) => (
        <rect key={k} x={(k * w) / steps} width={w / steps + 0.5} height={10} fill={sequentialColor(k / (steps - 1))} />
      ))}
      <text y={24} fontSize={11} fill="currentColor">{min.toFixed(2)}</text>
      <text x={w} y={24} fontSize={11} textAnchor="end" fill="currentColor">{max.toFixed(2)}</text>
      <text x={w + 8} y={9} fontSize={11} fill="currentColor">combined</text>
    </g>
  );
}
