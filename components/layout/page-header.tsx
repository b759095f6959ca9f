import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Small line above the title (breadcrumb, back link). */
  eyebrow?: ReactNode;
  /** Buttons at the right. */
  actions?: ReactNode;
  className?: string;
};

export function PageHeader({ title, description, eyebrow, actions, className }: PageHeaderProps) {
  return (
    <div className={cn("mb-6 flex flex-wrap items-end justify-between gap-4", className)}>
      <div className="min-w-0">
        {eyebrow ? <div className="mb-1 text-sm text-zinc-500 dark:text-zinc-400">{eyebrow}</div> : null}
        <h1 className="text-2xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">{title}</h1>
        {description ? <div className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}
