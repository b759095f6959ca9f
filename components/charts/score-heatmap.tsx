"use client";
// Candidate × source heatmap drawn as plain SVG: scrolls sideways (and says so) when there are many sources,
// with full model names wrapped on two lines (rotated for columns) and in <title> tooltips.
// It is an ARIA grid with one tab stop (roving tabindex): Tab enters at the last focused cell, arrow keys
// move, Home/End jump within a row (with Ctrl: to the first/last cell), and each cell names its pair and score.
import { useRef, useState, type KeyboardEvent } from "react";
import { sequentialColor, textOn } from "./palette";
import { wrapLabel } from "./axis-label";
import { ScrollHint } from "@/components/ui/scroll-hint";

type Props = { rows: string[]; columns: string[]; values: number[][]; highlight?: (row: number, col: number) => boolean };

const CELL_W = 58;
const CELL_H = 30;
const ROW_LABEL_W = 168;
const COL_LABEL_H = 132;
const COL_CHARS = 18;
const ROW_CHARS = 22;
const LEGEND_H = 44;

export function ScoreHeatmap({ rows, columns, values, highlight }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  // Clamped: the grid can shrink under a remembered position.
  const activeRow = Math.min(active.row, rows.length - 1);
  const activeCol = Math.min(active.col, columns.length - 1);
  const flat = values.flat().filter(Number.isFinite);
  const min = flat.length ? Math.min(...flat) : 0;
  const max = flat.length ? Math.max(...flat) : 1;
  const scale = (v: number) => (max > min ? (v - min) / (max - min) : 0.5);
  // Rotated column labels lean right: room for the last one (about 0.7 of its length) past the last column.
  const width = Math.max(ROW_LABEL_W + columns.length * CELL_W + 96, ROW_LABEL_W + 230);
  const height = COL_LABEL_H + rows.length * CELL_H + LEGEND_H;

  function onKeyDown(e: KeyboardEvent, row: number, col: number) {
    const lastRow = rows.length - 1;
    const lastCol = columns.length - 1;
    const target = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: e.ctrlKey ? [0, 0] : [row, 0],
      End: e.ctrlKey ? [lastRow, lastCol] : [row, lastCol],
    }[e.key];
    if (!target) return;
    e.preventDefault();
    const next = { row: clamp(target[0], lastRow), col: clamp(target[1], lastCol) };
    setActive(next);
    svgRef.current?.querySelector<SVGGElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  }

  return (
    <ScrollHint label="Candidate × source heatmap">
    <div data-testid="score-heatmap">
      <svg ref={svgRef} data-chart-svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="grid" aria-label="Combined similarity, candidates by sources" fontSize={12}>
        <g role="row">
          <g role="columnheader" aria-label="Candidate" />
          {columns.map((c, j) => (
            <g key={c} role="columnheader" aria-label={c} transform={`translate(${ROW_LABEL_W + j * CELL_W + CELL_W / 2 + 2},${COL_LABEL_H - 6}) rotate(-45)`}>
              <text fill="currentColor" textAnchor="start">
                <title>{c}</title>
                {/* Lines stack away from the cells, so a two-line name never leans into its neighbour's. */}
                {wrapLabel(c, COL_CHARS).map((line, k, all) => (
                  <tspan key={k} x={0} dy={k === 0 ? -(all.length - 1) * 12 : 12}>{line}</tspan>
                ))}
              </text>
            </g>
          ))}
        </g>
        {rows.map((r, i) => (
          <g key={r} role="row" transform={`translate(0,${COL_LABEL_H + i * CELL_H})`}>
            <text role="rowheader" aria-label={r} x={ROW_LABEL_W - 8} y={CELL_H / 2 + 4} textAnchor="end" fill="currentColor">
              <title>{r}</title>
              {wrapLabel(r, ROW_CHARS).map((line, k, all) => (
                <tspan key={k} x={ROW_LABEL_W - 8} dy={k === 0 ? (all.length > 1 ? -6 : 0) : 13}>{line}</tspan>
              ))}
            </text>
            {columns.map((c, j) => {
              const v = values[i]?.[j];
              const fill = Number.isFinite(v) ? sequentialColor(scale(v)) : "transparent";
              const marked = highlight?.(i, j) ?? false;
              const label = `${r} vs ${c}: ${Number.isFinite(v) ? v.toFixed(3) : "n/a"}${marked ? " (verdict)" : ""}`;
              return (
                <g
                  key={c}
                  role="gridcell"
                  aria-label={label}
                  data-cell={`${i}-${j}`}
                  tabIndex={i === activeRow && j === activeCol ? 0 : -1}
                  onFocus={() => setActive({ row: i, col: j })}
                  onKeyDown={(e) => onKeyDown(e, i, j)}
                  transform={`translate(${ROW_LABEL_W + j * CELL_W},0)`}
                  className="group outline-none"
                >
                  <rect width={CELL_W - 2} height={CELL_H - 2} rx={2} fill={fill} stroke={marked ? "currentColor" : "none"} strokeWidth={marked ? 2 : 0}>
                    <title>{label}</title>
                  </rect>
                  <text x={(CELL_W - 2) / 2} y={CELL_H / 2 + 3} textAnchor="middle" fontSize={11} fill={Number.isFinite(v) ? textOn(fill) : "currentColor"} pointerEvents="none">
                    {Number.isFinite(v) ? v.toFixed(2) : "–"}
                  </text>
                  {/* Focus ring drawn in the 2px gap around the cell, so later cells do not paint over it. Hidden
                      with opacity rather than display: SVG export inlines opacity, so the file never shows it. */}
                  <rect
                    data-focus-ring
                    x={-1}
                    y={-1}
                    width={CELL_W}
                    height={CELL_H}
                    rx={3}
                    fill="none"
                    strokeWidth={2}
                    pointerEvents="none"
                    className="stroke-indigo-500 opacity-0 group-focus-visible:opacity-100 dark:stroke-indigo-400"
                  />
                </g>
              );
            })}
          </g>
        ))}
        <Legend x={ROW_LABEL_W} y={COL_LABEL_H + rows.length * CELL_H + 14} min={min} max={max} />
      </svg>
    </div>
    </ScrollHint>
  );
}

function clamp(n: number, last: number): number {
  return Math.min(last, Math.max(0, n));
}

function Legend({ x, y, min, max }: { x: number; y: number; min: number; max: number }) {
  const steps = 24;
  const w = 160;
  // Hidden from the grid's accessibility tree: it is not a row, and every cell already states its score.
  return (
    <g transform={`translate(${x},${y})`} aria-hidden="true">
      {Array.from({ length: steps }, (_, k) => (
        <rect key={k} x={(k * w) / steps} width={w / steps + 0.5} height={10} fill={sequentialColor(k / (steps - 1))} />
      ))}
      <text y={24} fontSize={11} fill="currentColor">{min.toFixed(2)}</text>
      <text x={w} y={24} fontSize={11} textAnchor="end" fill="currentColor">{max.toFixed(2)}</text>
      <text x={w + 8} y={9} fontSize={11} fill="currentColor">combined</text>
    </g>
  );
}
