// Axis tick text that stays readable with 20+ corpora: truncated, optionally rotated, full name on hover.
export function truncateLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1))}…`;
}

type TickProps = {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  max?: number;
  anchor?: "start" | "middle" | "end";
  rotate?: number;
  dx?: number;
  dy?: number;
};

export function LabelTick({ x = 0, y = 0, payload, max = 22, anchor = "end", rotate = 0, dx = -4, dy = 4 }: TickProps) {
  const full = String(payload?.value ?? "");
  return (
    <g transform={`translate(${x},${y})`}>
      <text transform={rotate ? `rotate(${rotate})` : undefined} dx={dx} dy={dy} textAnchor={anchor} fontSize={12} fill="currentColor">
        <title>{full}</title>
        {truncateLabel(full, max)}
      </text>
    </g>
  );
}
