// npm run eval -- <manifest.json> [--json] [--write-docs]
// Reads a labelled manifest ({ sources: [file], candidates: { file: { expected } } }, paths relative to it),
// ingests every file through the upload parser, computes features, analyses all candidates against all
// sources, and prints each ranking, the verdicts, top-1 accuracy and the time per stage. With --write-docs it
// also writes docs/evaluation.md from this run's output (a generated file).

import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { basename, dirname, extname, resolve } from "node:path";
import { analyze, type AnalysisCorpus } from "@/lib/analysis/analyze";
import { computeFeatures, type FeatureInputDocument } from "@/lib/features/compute-features";
import { readRecords } from "@/lib/ingest/read-records";

type Manifest = { sources: string[]; candidates: Record<string, { expected: string }> };

const nameOf = (file: string) => basename(file, extname(file));

async function loadCorpus(path: string): Promise<{ corpus: AnalysisCorpus; ingestMs: number; featureMs: number }> {
  const t0 = performance.now();
  const docs: (FeatureInputDocument & { text: string })[] = [];
  for await (const r of readRecords(path)) docs.push({ ordinal: docs.length, text: r.text, prompt: r.prompt ?? null, promptId: r.promptId ?? null });
  const t1 = performance.now();
  const features = computeFeatures(docs);
  const t2 = performance.now();
  const name = nameOf(path);
  return {
    corpus: { id: name, name, model: name, features, documents: docs.map((d) => ({ ordinal: d.ordinal, text: d.text })) },
    ingestMs: t1 - t0,
    featureMs: t2 - t1,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const writeDocs = args.includes("--write-docs");
  const manifestPath = args.find((a) => !a.startsWith("--"));
  if (!manifestPath) throw new Error("usage: npm run eval -- <manifest.json> [--json]");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const base = dirname(resolve(manifestPath));
  let ingestMs = 0;
  let featureMs = 0;
  const load = async (file: string) => {
    const r = await loadCorpus(resolve(base, file));
    ingestMs += r.ingestMs;
    featureMs += r.featureMs;
    return r.corpus;
  };
  const sources: AnalysisCorpus[] = [];
  for (const f of manifest.sources) sources.push(await load(f));
  const candidates: AnalysisCorpus[] = [];
  for (const f of Object.keys(manifest.candidates)) candidates.push(await load(f));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await analyze({ sources, candidates });
  const analyzeMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const analyzeCpuMs = (cpu.user + cpu.system) / 1000;

  const rows = result.candidates.map((c) => {
    const file = Object.keys(manifest.candidates).find((f) => nameOf(f) === c.name)!;
    const expected = manifest.candidates[file].expected;
    return { name: c.name, expected, top: c.ranking[0]?.source ?? null, verdict: c.verdict, ranking: c.ranking, correct: c.ranking[0]?.source === expected };
  });
  const correct = rows.filter((r) => r.correct).length;
  const inconclusive = rows.filter((r) => r.verdict.status === "inconclusive").length;
  const attributedCorrect = rows.filter((r) => r.verdict.status === "attributed" && r.verdict.source === r.expected).length;
  const summary = {
    candidates: rows.length,
    top1Correct: correct,
    top1Accuracy: rows.length ? correct / rows.length : 0,
    inconclusive,
    attributedCorrect,
    attributedWrong: rows.length - inconclusive - attributedCorrect,
    separability: { accuracy: result.separability.accuracy, chance: result.separability.chance },
    timingsMs: { ingest: Math.round(ingestMs), features: Math.round(featureMs), analyze: Math.round(analyzeMs), analyzeCpu: Math.round(analyzeCpuMs), ...result.timings },
    calibration: result.calibration ? { trials: result.calibration.trials, correct: result.calibration.correct } : null,
    peakRssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    params: result.params,
  };
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  for (const r of rows) {
    log(`\n${r.name}  (expected ${r.expected})  ${r.correct ? "✓" : "✗"}`);
    r.ranking.forEach((e, i) => log(`  ${i + 1}. ${e.source.padEnd(32)} ${e.score.toFixed(3)}  [${e.low.toFixed(3)}, ${e.high.toFixed(3)}]`));
    const v = r.verdict;
    log(`  verdict: ${v.status}${v.source ? ` → ${v.source}` : ""} (confidence ${v.confidence.toFixed(2)}): ${v.reason}`);
  }
  log(`\ntop-1 accuracy: ${correct}/${rows.length} (${(100 * summary.top1Accuracy).toFixed(1)}%); inconclusive: ${inconclusive}; attributed correctly: ${attributedCorrect}; attributed wrongly: ${summary.attributedWrong}`);
  log(`source separability (CV accuracy, folds grouped by prompt): ${(100 * result.separability.accuracy).toFixed(1)}% vs chance ${(100 * result.separability.chance).toFixed(1)}%`);
  if (summary.calibration) log(`calibration: ${summary.calibration.correct}/${summary.calibration.trials} held-out pseudo-trials right`);
  log(`time (ms): ${Object.entries(summary.timingsMs).map(([k, v]) => `${k} ${v}`).join(", ")}; rss ${summary.peakRssMb} MB`);
  if (json) process.stdout.write(JSON.stringify({ summary, results: rows }) + "\n");
  else console.log(lines.join("\n"));
  if (writeDocs) {
    const machine = `${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
    const doc = [
      "# Evaluation on the development set",
      "",
      `Generated by \`npm run --silent eval -- ${manifestPath} --write-docs\` (bench/run-eval.ts). Do not edit by hand: rerun it.`,
      "",
      `Machine: ${machine}. Wall-clock times depend on the machine's load; \`analyzeCpu\` is the CPU time of analyze().`,
      "",
      "```",
      ...lines.join("\n").trim().split("\n"),
      "```",
      "",
    ].join("\n");
    writeFileSync(resolve(import.meta.dirname, "../docs/evaluation.md"), doc);
    console.error("wrote docs/evaluation.md");
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
