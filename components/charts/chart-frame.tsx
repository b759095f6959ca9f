"use client";
// The one wrapper every chart sits in: title, controls, the chart, its method note, and SVG/PNG export.
import { useRef, useState, type ReactNode } from "react";
import { downloadBlob, pageBackground, serializeFigure, svgToPngBlob, withLightTheme } from "./export-svg";
import { useExportTheme } from "./export-theme";

type Props = {
  title: string;
  /** Stable id: used for the section anchor, test hooks and export file names. */
  chartId: string;
  fileBase?: string;
  description?: ReactNode;
  controls?: ReactNode;
  methodNote: ReactNode;
  /** Charts without an SVG (plain tables) skip the export buttons. */
  exportable?: boolean;
  className?: string;
  children: ReactNode;
};

export function ChartFrame({ title, chartId, fileBase = "chart", description, controls, methodNote, exportable = true, className = "", children }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const descRef = useRef<HTMLParagraphElement>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const theme = useExportTheme();
  const [error, setError] = useState<string | null>(null);

  function chartSvg(): SVGSVGElement | null {
    const svgs = Array.from(bodyRef.current?.querySelectorAll<SVGSVGElement>("svg") ?? []);
    // The chart is the largest SVG: Recharts legend icons are small SVGs of their own.
    return svgs.reduce<SVGSVGElement | null>((best, svg) => (area(svg) > (best ? area(best) : 0) ? svg : best), null);
  }

  async function exportAs(kind: "svg" | "png") {
    setError(null);
    const svg = chartSvg();
    if (!svg) return setError("Nothing to export yet.");
    try {
      // Title, description and the parameter note travel with the figure; colours are read in the export theme.
      const build = () =>
        serializeFigure(
          svg,
          { title, subtitle: descRef.current?.textContent ?? undefined, note: noteRef.current?.textContent ?? undefined },
          pageBackground(svg),
          getComputedStyle(bodyRef.current ?? svg).color,
        );
      const figure = theme === "light" ? withLightTheme(build) : build();
      const name = `${fileBase}-${chartId}.${kind}`;
      if (kind === "svg") return downloadBlob(new Blob([figure.svg], { type: "image/svg+xml" }), name);
      downloadBlob(await svgToPngBlob(figure.svg, figure.width, figure.height), name);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Export failed.");
    }
  }

  return (
    <section
      id={chartId}
      data-chart={chartId}
      aria-labelledby={`${chartId}-title`}
      className={`min-w-0 rounded-lg border ${className} border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900`}
    >
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={`${chartId}-title`} className="text-base font-semibold text-zinc-900 dark:text-zinc-100">
            {title}
          </h2>
          {description ? <p ref={descRef} className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{description}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {controls}
          {exportable ? (
            <div className="flex gap-1" role="group" aria-label={`Export ${title}`}>
              <FrameButton onClick={() => exportAs("svg")} label={`Download ${title} as SVG`}>SVG</FrameButton>
              <FrameButton onClick={() => exportAs("png")} label={`Download ${title} as PNG`}>PNG</FrameButton>
            </div>
          ) : null}
        </div>
      </header>
      <div ref={bodyRef} className="min-w-0 text-zinc-700 dark:text-zinc-300">
        {children}
      </div>
      {error ? <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">{error}</p> : null}
      <p ref={noteRef} className="mt-3 border-t border-zinc-100 pt-2 font-mono text-xs leading-relaxed text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
        {methodNote}
      </p>
    </section>
  );
}

function FrameButton({ onClick, label, children }: { onClick: () => void; label: string; children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      title={label}
      className="rounded border border-zinc-300 px-2 py-0.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      {children}
    </button>
  );
}

function area(svg: SVGSVGElement): number {
  const r = svg.getBoundingClientRect();
  return r.width * r.height;
}
