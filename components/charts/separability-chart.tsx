"use client";
// Source separability: cross-validated accuracy against chance as a bullet bar (SVG), and the confusion
// matrix as a small heatmap table.
import { sequentialColor, textOn } from "./palette";
import { truncateLabel } from "./axis-label";
import { ScrollHint } from "@/components/ui/scroll-hint";

export function AccuracyBullet({ accuracy, chance }: { accuracy: number; chance: number }) {
  const w = 360;
  const x = (v: number) => 8 + v * (w - 16);
  return (
    <svg data-chart-svg viewBox={`0 0 ${w} 64`} width="100%" style={{ maxWidth: w }} role="img" aria-label={`Accuracy ${pct(accuracy)} against chance ${pct(chance)}`} fontSize={11} data-testid="accuracy-chart">
      <rect x={8} y={14} width={w - 16} height={18} rx={2} fill="currentColor" fillOpacity={0.08} />
      <rect x={8} y={14} width={x(accuracy) - 8} height={18} rx={2} fill="#0072B2" />
      <line x1={x(chance)} x2={x(chance)} y1={8} y2={38} stroke="#D55E00" strokeWidth={2} strokeDasharray="3 2" />
      <text x={x(chance)} y={50} textAnchor={chance < 0.12 ? "start" : chance > 0.88 ? "end" : "middle"} fill="currentColor">chance {pct(chance)}</text>
      <text x={Math.min(x(accuracy) + 4, w - 8)} y={10} textAnchor={accuracy > 0.8 ? "end" : "start"} fill="currentColor">accuracy {pct(accuracy)}</text>
      {[0, 0.5, 1].map((t) => (
        <text key={t} x={x(t)} y={62} textAnchor={t === 0 ? "start" : t === 1 ? "end" : "middle"} fill="currentColor" fillOpacity={0.6}>{pct(t)}</text>
      ))}
    </svg>
  );
}

export function ConfusionTable({ labels, matrix }: { labels: string[]; matrix: number[][] }) {
  const max = Math.max(1, ...matrix.flat());
  return (
    <ScrollHint label="Confusion table">
    <div data-testid="confusion-table">
      <table className="border-separate border-spacing-0.5 text-xs">
        <caption className="mb-1 text-left text-zinc-600 dark:text-zinc-400">Rows: true source · columns: predicted source (document counts)</caption>
        <thead>
          <tr>
            <th scope="col" className="sr-only">True source</th>
            {labels.map((l) => (
              <th key={l} scope="col" title={l} aria-label={l} className="h-24 max-w-10 align-bottom font-normal">
                <span className="inline-block origin-bottom-left translate-x-4 -rotate-45 whitespace-nowrap">{truncateLabel(l, 14)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((row, i) => (
            <tr key={row}>
              <th scope="row" title={row} aria-label={row} className="pr-2 text-right font-normal whitespace-nowrap">{truncateLabel(row, 18)}</th>
              {labels.map((col, j) => {
                const v = matrix[i]?.[j] ?? 0;
                const bg = v === 0 ? "transparent" : sequentialColor(v / max);
                return (
                  <td key={col} title={`${row} predicted as ${col}: ${v}`} className="h-8 w-10 rounded-sm text-center tabular-nums" style={{ background: bg, color: v === 0 ? undefined : textOn(bg), outline: i === j ? "1px solid currentColor" : undefined }}>
                    {v}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </ScrollHint>
  );
}

function pct(v: number): string {
  return `${Math.round(v * 100)}%`;
}
