import type { SelectHTMLAttributes } from "react";
import { cn } from "./cn";
import { controlClasses } from "./input";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  /** Either pass options, or <option> children. */
  options?: SelectOption[];
};

/** A styled native <select>: keyboard and screen-reader behaviour for free. */
export function Select({ options, className, children, ...rest }: SelectProps) {
  return (
    <select className={cn(controlClasses, "h-9 pr-8", className)} {...rest}>
      {options
        ? options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))
        : children}
    </select>
  );
}
