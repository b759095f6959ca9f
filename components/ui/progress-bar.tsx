import { cn } from "./cn";

export type ProgressBarProps = {
  /** 0..1, or null for an indeterminate bar. */
  value: number | null;
  /** Accessible name, also shown above the bar. */
  label: string;
  /** Text at the right of the label, e.g. "12.3 MB of 40 MB". Defaults to the percentage. */
  detail?: string;
  tone?: "accent" | "success" | "danger";
  className?: string;
};

const fills = { accent: "bg-indigo-600 dark:bg-indigo-400", success: "bg-emerald-600 dark:bg-emerald-400", danger: "bg-red-600" };

export function ProgressBar({ value, label, detail, tone = "accent", className }: ProgressBarProps) {
  const pct = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className={cn("space-y-1", className)}>
      <div className="flex justify-between gap-4 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="truncate">{label}</span>
        <span className="shrink-0 tabular-nums">{detail ?? (pct === null ? "" : `${pct}%`)}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
        className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div
          className={cn("h-full rounded-full transition-[width] duration-200", fills[tone], pct === null && "w-1/3 animate-pulse")}
          style={pct === null ? undefined : { width: `${pct}%` }}
        />
      </div>
    </div>
  );
}
