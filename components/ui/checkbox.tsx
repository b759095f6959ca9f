import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: ReactNode;
  description?: ReactNode;
};

/** A checkbox with its label (the whole row is clickable). */
export function Checkbox({ label, description, className, id, ...rest }: CheckboxProps) {
  return (
    <label htmlFor={id} className={cn("flex items-start gap-2.5 text-sm", className)}>
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 rounded border-zinc-300 accent-indigo-600 dark:border-zinc-600"
        {...rest}
      />
      <span>
        <span className="font-medium text-zinc-800 dark:text-zinc-200">{label}</span>
        {description ? <span className="block text-xs text-zinc-500 dark:text-zinc-400">{description}</span> : null}
      </span>
    </label>
  );
}
