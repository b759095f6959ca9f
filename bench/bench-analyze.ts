// npx tsx bench/bench-analyze.ts [manifest.json] [--runs 3] [--features-cache DIR]
// Times analyze() on the 12-corpus development case (the manifest's sources, then its candidates, 12 in all):
// features are computed first through loadFileCorpus (not timed), then analyze() runs `--runs` times. Prints
// CPU (process.cpuUsage, user + system) and wall time per run and the CPU time of each stage (taken at
// onProgress). CPU is the figure to compare on a shared machine; wall shows the load.
// --features-cache stores serialized features between runs (for iterating on lib/analysis only: it does not
// see changes to lib/features). Skips cleanly when the shared corpora are absent.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze, type AnalysisCorpus } from "@/lib/analysis/analyze";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { loadFileCorpus } from "@/lib/workflows/load-file-corpus";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: "string", default: "3" }, "features-cache": { type: "string" } },
});
const manifestPath = positionals[0] ?? path.resolve(import.meta.dirname, "../../shared/corpora/alpaca-eval/manifest.json");

async function load(file: string, cacheDir: string | undefined): Promise<AnalysisCorpus> {
  const cached = cacheDir ? path.join(cacheDir, path.basename(file)) : null;
  if (cached && existsSync(cached + ".features")) {
    const rest = JSON.parse(readFileSync(cached + ".json", "utf8")) as Omit<AnalysisCorpus, "features">;
    return { ...rest, features: deserializeFeatures(new Uint8Array(readFileSync(cached + ".features"))) };
  }
  const corpus = await loadFileCorpus(file);
  if (!cached) return corpus;
  const { id, name, model, documents } = corpus;
  writeFileSync(cached + ".json", JSON.stringify({ id, name, model, documents }));
  writeFileSync(cached + ".features", serializeFeatures(corpus.features));
  return corpus;
}

async function main(): Promise<void> {
  if (!existsSync(manifestPath)) {
    console.log(`${manifestPath} absent: benchmark skipped.`);
    return;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { sources: string[]; candidates: Record<string, unknown> };
  const dir = path.dirname(manifestPath);
  const files = [...manifest.sources, ...Object.keys(manifest.candidates)].slice(0, 12);
  const nSources = Math.min(manifest.sources.length, files.length - 1);
  const cacheDir = values["features-cache"];
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });

  const t0 = performance.now();
  const corpora: AnalysisCorpus[] = [];
  for (const f of files) corpora.push(await load(path.join(dir, f), cacheDir));
  const docs = corpora.reduce((s, c) => s + c.features.documents, 0);
  console.log(`${corpora.length} corpora (${nSources} sources), ${docs} documents; features in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const runs = Math.max(1, Number(values.runs));
  const rows: { cpu: number; wall: number; timings: Record<string, number> }[] = [];
  for (let r = 0; r < runs; r++) {
    // Per-stage CPU: onProgress fires synchronously at the end of each stage.
    const stageCpu: Record<string, number> = {};
    const c0 = process.cpuUsage();
    let mark = c0;
    const onProgress = (stage: string) => {
      const now = process.cpuUsage();
      stageCpu[stage] = Math.round((now.user - mark.user + now.system - mark.system) / 1000);
      mark = now;
    };
    const w0 = performance.now();
    await analyze({ sources: corpora.slice(0, nSources), candidates: corpora.slice(nSources), onProgress });
    const wall = performance.now() - w0;
    const c = process.cpuUsage(c0);
    rows.push({ cpu: (c.user + c.system) / 1000, wall, timings: stageCpu });
  }

  const stages = [...new Set(rows.flatMap((r) => Object.keys(r.timings)))];
  const header = ["run", "cpu ms", "wall ms", ...stages];
  const table = rows.map((r, i) => [String(i + 1), r.cpu.toFixed(0), r.wall.toFixed(0), ...stages.map((s) => String(r.timings[s] ?? ""))]);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  table.push(["median", median(rows.map((r) => r.cpu)).toFixed(0), median(rows.map((r) => r.wall)).toFixed(0), ...stages.map((s) => String(median(rows.map((r) => r.timings[s] ?? 0))))]);
  const width = header.map((h, j) => Math.max(h.length, ...table.map((t) => t[j].length)));
  const line = (cells: string[]) => cells.map((c, j) => c.padStart(width[j])).join("  ");
  console.log("stage columns are CPU ms (user + system) per stage of analyze()");
  console.log(line(header));
  for (const t of table) console.log(line(t));
}

await main();
