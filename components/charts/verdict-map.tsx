"use client";
// The map of corpora from the verdict's own distances (lib/analysis/map): equal scales on both axes, so a
// distance on screen is a distance in the data; round ticks; labels that avoid each other; a dashed line from
// each candidate to its top-ranked source; a legend inside the SVG so exported files keep it.
import type { VerdictMap } from "@/lib/analysis/map/build-verdict-map";
import { truncateLabel } from "./axis-label";
import { formatTick, niceDomain, niceStep, ticksBetween } from "./nice-ticks";
import { CANDIDATE_COLORS } from "./palette";
import { placeLabels } from "./place-labels";
import { useWidth } from "./use-width";
import { useHydrated } from "@/components/ui/use-hydrated";

type Props = { map: VerdictMap; color: (source: string) => string; title: string };

const M = { top: 12, right: 16, bottom: 40, left: 44 };
const LEGEND_H = 26;

/** Drawn in the browser only: its layout needs the rendered width (a server render was a guess, redrawn at
 *  once), and it sits below the fold. The placeholder keeps the height it has at the fallback width. */
export function VerdictMapChart(props: Props) {
  return useHydrated() ? <MapSvg {...props} /> : <div aria-hidden="true" className="w-full" style={{ height: 518 }} />;
}

function MapSvg({ map, color, title }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(720);
  const xs = map.points.map((p) => p.x);
  const ys = map.points.map((p) => p.y);
  const plotW = width - M.left - M.right;
  const plotH = Math.round(Math.min(440, Math.max(260, plotW * 0.7)));
  const height = M.top + plotH + M.bottom + LEGEND_H;
  // One scale for both axes: the larger spread decides, the other axis is centred.
  const lo = (v: number[]) => (v.length ? Math.min(...v) : -1);
  const hi = (v: number[]) => (v.length ? Math.max(...v) : 1);
  const spanX = Math.max(1e-6, hi(xs) - lo(xs));
  const spanY = Math.max(1e-6, hi(ys) - lo(ys));
  const unit = Math.min(plotW / (spanX * 1.2), plotH / (spanY * 1.2));
  const cx = (lo(xs) + hi(xs)) / 2;
  const cy = (lo(ys) + hi(ys)) / 2;
  const domX: [number, number] = [cx - plotW / 2 / unit, cx + plotW / 2 / unit];
  const domY: [number, number] = [cy - plotH / 2 / unit, cy + plotH / 2 / unit];
  const step = niceStep(domX[0], domX[1], Math.max(3, Math.round(plotW / 90)));
  const ticksX = ticksBetween(...niceInside(domX, step), step);
  const ticksY = ticksBetween(...niceInside(domY, step), step);
  const px = (x: number) => M.left + (x - domX[0]) * unit;
  const py = (y: number) => M.top + plotH - (y - domY[0]) * unit;

  const screen = map.points.map((p) => ({ ...p, sx: px(p.x), sy: py(p.y), text: truncateLabel(p.label, 28) }));
  const boxes = placeLabels(
    screen.map((p) => ({ x: p.sx - M.left, y: p.sy - M.top, text: p.text })),
    { width: plotW, height: plotH },
  );
  const byLabel = new Map(screen.map((p) => [p.label, p]));
  const summary = map.agreement
    .map((a) => `${a.candidate}: nearest source on the map ${a.nearest ?? "none"}; top-ranked ${a.top ?? "none"}`)
    .join(". ");

  return (
    <div ref={ref} data-testid="verdict-map" className="w-full">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`} fontSize={11}>
        <g aria-hidden="true">
          {ticksX.map((t) => (
            <g key={`x${t}`}>
              <line x1={px(t)} x2={px(t)} y1={M.top} y2={M.top + plotH} stroke="currentColor" strokeOpacity={0.12} />
              <text x={px(t)} y={M.top + plotH + 14} textAnchor="middle" fill="currentColor">{formatTick(t, step)}</text>
            </g>
          ))}
          {ticksY.map((t) => (
            <g key={`y${t}`}>
              <line x1={M.left} x2={M.left + plotW} y1={py(t)} y2={py(t)} stroke="currentColor" strokeOpacity={0.12} />
              <text x={M.left - 6} y={py(t) + 4} textAnchor="end" fill="currentColor">{formatTick(t, step)}</text>
            </g>
          ))}
          <rect x={M.left} y={M.top} width={plotW} height={plotH} fill="none" stroke="currentColor" strokeOpacity={0.35} />
          <text x={M.left + plotW / 2} y={M.top + plotH + 30} textAnchor="middle" fill="currentColor" fontSize={12}>{width > 520 ? "Dimension 1 (1 = mean distance between sources)" : "Dimension 1"}</text>
          <text transform={`translate(12,${M.top + plotH / 2}) rotate(-90)`} textAnchor="middle" fill="currentColor" fontSize={12}>Dimension 2</text>
        </g>
        {map.agreement.map((a) => {
          const c = byLabel.get(a.candidate);
          const s = a.top ? byLabel.get(a.top) : undefined;
          if (!c || !s) return null;
          return <line key={`link-${a.candidate}`} data-testid="map-link" x1={c.sx} y1={c.sy} x2={s.sx} y2={s.sy} stroke="currentColor" strokeOpacity={0.45} strokeDasharray="4 3" />;
        })}
        {screen.map((p, i) => {
          const box = boxes[i];
          return (
            <g key={p.label} data-testid="map-point" data-label={p.label} data-role={p.role} data-x={p.sx.toFixed(2)} data-y={p.sy.toFixed(2)}>
              <title>{`${p.label} (${p.role}) · ${p.x.toFixed(2)}, ${p.y.toFixed(2)}`}</title>
              {p.role === "candidate" ? (
                <rect x={p.sx - 6} y={p.sy - 6} width={12} height={12} transform={`rotate(45 ${p.sx} ${p.sy})`} fill={CANDIDATE_COLORS[0]} stroke="currentColor" />
              ) : (
                <circle cx={p.sx} cy={p.sy} r={6.5} fill={color(p.label)} stroke="currentColor" strokeWidth={0.75} />
              )}
              <text x={box.x + M.left} y={box.y + M.top} textAnchor={box.anchor} fill="currentColor" fontWeight={p.role === "candidate" ? 600 : 400}>
                {p.text}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${M.left},${height - 10})`} aria-hidden="true">
          <circle cx={5} cy={-4} r={5} fill="#9CA3AF" stroke="currentColor" strokeWidth={0.75} />
          <text x={14} y={0} fill="currentColor">source (colour as elsewhere)</text>
          <rect x={190} y={-9} width={9} height={9} transform={`rotate(45 194.5 -4.5)`} fill={CANDIDATE_COLORS[0]} stroke="currentColor" />
          <text x={204} y={0} fill="currentColor">candidate</text>
          {width > 460 ? (
            <>
              <line x1={272} x2={300} y1={-4} y2={-4} stroke="currentColor" strokeOpacity={0.6} strokeDasharray="4 3" />
              <text x={306} y={0} fill="currentColor">to its top-ranked source</text>
            </>
          ) : null}
        </g>
      </svg>
    </div>
  );
}

function niceInside([lo, hi]: [number, number], step: number): [number, number] {
  const [a, b] = niceDomain(lo, hi, step);
  return [a < lo - 1e-9 ? a + step : a, b > hi + 1e-9 ? b - step : b];
}
