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

/**
 * A long name in at most `lines` lines of about `perLine` characters: breaks after "_", "-", "/", "." or a space
 * where it can (model ids are built of those), mid-word only when a part is longer than a line; the last line
 * ends in "…" only if the name still does not fit. The full name always goes in a <title>.
 */
export function wrapLabel(label: string, perLine: number, lines = 2): string[] {
  const parts = label.match(/[^_\-/.\s]+[_\-/.\s]*|[_\-/.\s]+/g) ?? [label];
  const out: string[] = [];
  let line = "";
  for (let part of parts) {
    while (part.length > 0) {
      if ((line + part).length <= perLine) {
        line += part;
        part = "";
      } else if (line.length > 0) {
        out.push(line);
        line = "";
      } else {
        line = part.slice(0, perLine);
        part = part.slice(perLine);
        out.push(line);
        line = "";
      }
    }
  }
  if (line) out.push(line);
  const trimmed = out.map((l) => l.trimEnd());
  if (trimmed.length <= lines) return trimmed;
  const kept = trimmed.slice(0, lines);
  kept[lines - 1] = truncateLabel(`${kept[lines - 1]}${trimmed[lines]}`, perLine);
  return kept;
}

/** A category-axis tick in up to two lines, the full name on hover. */
export function WrappedTick({ x = 0, y = 0, payload, max = 22, anchor = "end", dx = -4 }: TickProps) {
  const full = String(payload?.value ?? "");
  const lines = wrapLabel(full, max, 2);
  const first = lines.length === 1 ? 4 : -3;
  return (
    <g transform={`translate(${x},${y})`}>
      <text dx={dx} textAnchor={anchor} fontSize={12} fill="currentColor">
        <title>{full}</title>
        {lines.map((l, i) => (
          <tspan key={i} x={0} dx={dx} dy={i === 0 ? first : 13}>
            {l}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** A per-document row's tick: the candidate's name on the first line, the method ("classifier", …) below it. */
export function MethodTick({ x = 0, y = 0, payload, max = 26, dx = -4 }: TickProps) {
  const full = String(payload?.value ?? "");
  const cut = full.lastIndexOf(" · ");
  const name = cut < 0 ? full : full.slice(0, cut);
  const method = cut < 0 ? "" : full.slice(cut + 3);
  const lines = wrapLabel(name, max, 2);
  const total = lines.length + (method ? 1 : 0);
  return (
    <g transform={`translate(${x},${y})`}>
      <text textAnchor="end" fontSize={12} fill="currentColor">
        <title>{full}</title>
        {lines.map((l, i) => (
          <tspan key={i} x={0} dx={dx} dy={i === 0 ? 4 - ((total - 1) * 13) / 2 : 13}>
            {l}
          </tspan>
        ))}
        {method ? (
          <tspan x={0} dx={dx} dy={13} fontSize={11} fillOpacity={0.7}>
            {method}
          </tspan>
        ) : null}
      </text>
    </g>
  );
}
