import type { ReactNode } from "react";
import { cn } from "./cn";

export type CardProps = {
  title?: ReactNode;
  description?: ReactNode;
  /** Rendered at the right of the title row (buttons, selects). */
  actions?: ReactNode;
  /** Small print under the content, e.g. a chart's method note. */
  footer?: ReactNode;
  className?: string;
  id?: string;
  children?: ReactNode;
};

export function Card({ title, description, actions, footer, className, id, children }: CardProps) {
  return (
    <section
      id={id}
      className={cn(
        "rounded-lg border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900",
        className,
      )}
    >
      {title || actions ? (
        <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            {title ? <h2 className="text-base font-semibold text-zinc-900 dark:text-zinc-100">{title}</h2> : null}
            {description ? <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">{description}</p> : null}
          </div>
          {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
        </div>
      ) : null}
      {children}
      {footer ? <div className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">{footer}</div> : null}
    </section>
  );
}

export function StatCard({ label, value, hint }: { label: ReactNode; value: ReactNode; hint?: ReactNode }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-4 py-3 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <dt className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-zinc-900 dark:text-zinc-100">{value}</dd>
      {hint ? <dd className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{hint}</dd> : null}
    </div>
  );
}
