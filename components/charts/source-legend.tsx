// An HTML legend of source colours: wraps freely, so 20+ sources do not squeeze the chart they label.
import { truncateLabel } from "./axis-label";

export function SourceLegend({ entries }: { entries: { source: string; color: string }[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label="Colour legend">
      {entries.map((e) => (
        <li key={e.source} className="inline-flex items-center gap-1" title={e.source}>
          <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: e.color }} />
          {truncateLabel(e.source, 28)}
        </li>
      ))}
    </ul>
  );
}
