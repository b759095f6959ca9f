"use client";
// Which theme exported charts use: light by default (figures go on white pages), or as shown on screen.
import { createContext, useContext, useId, type ReactNode } from "react";

export type ExportTheme = "light" | "shown";
const ExportThemeContext = createContext<ExportTheme>("light");

export function ExportThemeProvider({ value, children }: { value: ExportTheme; children: ReactNode }) {
  return <ExportThemeContext.Provider value={value}>{children}</ExportThemeContext.Provider>;
}

export function useExportTheme(): ExportTheme {
  return useContext(ExportThemeContext);
}

export function ExportThemePicker({ value, onChange }: { value: ExportTheme; onChange: (v: ExportTheme) => void }) {
  const id = useId();
  return (
    <span className="inline-flex items-center gap-1.5 text-xs">
      <label htmlFor={id} className="text-zinc-600 dark:text-zinc-400">Chart exports (SVG, PNG)</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as ExportTheme)}
        className="rounded border border-zinc-300 bg-white px-1.5 py-0.5 text-xs text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <option value="light">light theme</option>
        <option value="shown">as shown</option>
      </select>
    </span>
  );
}
