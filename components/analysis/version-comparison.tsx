"use client";
// Two candidates side by side (e.g. two releases of one model): combined similarity to each source and the shift.
import { useState } from "react";
import type { PageResult } from "@/lib/analysis/result-types";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ComparisonChart } from "@/components/charts/comparison-chart";
import { ScrollHint } from "@/components/ui/scroll-hint";
import { LabeledSelect } from "./controls";
import { METRIC_INFO, paramLine } from "./method-notes";

export function VersionComparison({ result, fileBase }: { result: PageResult; fileBase: string }) {
  const names = result.candidates.map((c) => c.name);
  const [aName, setA] = useState(names[0]);
  const [bName, setB] = useState(names[1] ?? names[0]);
  const a = result.candidates.find((c) => c.name === aName);
  const b = result.candidates.find((c) => c.name === bName);
  if (!a || !b) return null;
  const score = (c: typeof a, s: string) => c.ranking.find((r) => r.source === s)?.score ?? Number.NaN;
  const data = result.sources.map((s) => ({ source: s, a: score(a, s), b: score(b, s) }));
  const options = names.map((n) => ({ value: n, label: n }));

  return (
    <ChartFrame
      title="Version comparison"
      chartId="comparison"
      fileBase={fileBase}
      description={`How resemblance to each source shifted from ${a.name} to ${b.name}.`}
      controls={
        <>
          <LabeledSelect label="From" value={aName} options={options} onChange={setA} />
          <LabeledSelect label="To" value={bName} options={options} onChange={setB} />
        </>
      }
      methodNote={`Combined: ${METRIC_INFO.combined.explain} · Δ = ${b.name} − ${a.name} · ${paramLine(result.params)}`}
    >
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ComparisonChart data={data} aName={a.name} bName={b.name} title={`Version comparison: ${a.name} and ${b.name}, combined similarity to each source`} />
        <ScrollHint label="Version comparison table" className="h-fit">
        <table className="text-xs tabular-nums" data-testid="comparison-table">
          <caption className="sr-only">Combined similarity per source and the change</caption>
          <thead>
            <tr className="text-left text-zinc-500">
              <th scope="col" className="px-2 py-1">Source</th>
              <th scope="col" className="px-2 py-1 text-right">{a.name}</th>
              <th scope="col" className="px-2 py-1 text-right">{b.name}</th>
              <th scope="col" className="px-2 py-1 text-right">Δ</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => {
              const delta = d.b - d.a;
              return (
                <tr key={d.source} className="border-t border-zinc-100 dark:border-zinc-800">
                  <th scope="row" className="max-w-[12rem] truncate px-2 py-1 text-left font-normal" title={d.source}>{d.source}</th>
                  <td className="px-2 py-1 text-right">{d.a.toFixed(3)}</td>
                  <td className="px-2 py-1 text-right">{d.b.toFixed(3)}</td>
                  <td className={`px-2 py-1 text-right font-medium ${delta > 0 ? "text-indigo-700 dark:text-indigo-300" : delta < 0 ? "text-orange-700 dark:text-orange-400" : ""}`}>
                    {delta > 0 ? "▲ +" : delta < 0 ? "▼ " : ""}{delta.toFixed(3)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </ScrollHint>
      </div>
    </ChartFrame>
  );
}
