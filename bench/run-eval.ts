// npm run eval -- <manifest.json> [more manifests…] [--json] [--write-docs] [--features-cache DIR]
// For each labelled manifest (bench/eval/read-manifest.ts): reads every file through the upload parser,
// fingerprints it, analyses all candidates and controls against the sources in one analysis, and reports
// each ranking and verdict, top-1, attributed right and wrong, controls attributed, c@1 and each view's
// top-1 on its own. Then the same with each teacher taken out of the sources (eval/leave-teacher-out.ts):
// every attribution of a student whose teacher is absent is a false accusation, and is counted. Then the
// stress trials (eval/stress-trials.ts): few sources, nearest impostors, small candidates, no bootstrap.
// --write-docs writes docs/evaluation.md from this run's output (a generated file).
// --features-cache keeps fingerprints between runs (for iterating on lib/analysis only).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze, type AnalysisCorpus } from "@/lib/analysis/analyze";
import { ATTRIBUTION_THRESHOLD } from "@/lib/analysis/attribution/calibration";
import { computeFeatures, type FeatureInputDocument } from "@/lib/features/compute-features";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { readRecords } from "@/lib/ingest/read-records";
import type { AnalysisResult } from "@/lib/analysis/result-types";
import { readManifest, type Manifest } from "./eval/read-manifest";
import { scoreCase, summarise, type EvalRow, type EvalSummary } from "./eval/score-eval";
import { reportStress, stressTotalLine } from "./eval/report-stress";
import { stressTrials, type StressLine, type StressTrial } from "./eval/stress-trials";
import { summariseTeacherAbsent, teacherAbsentTrials, type TeacherAbsentSummary, type TeacherAbsentTrial } from "./eval/leave-teacher-out";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean", default: false }, "write-docs": { type: "boolean", default: false }, "features-cache": { type: "string" } },
});

const nameOf = (file: string) => path.basename(file, path.extname(file));
const loaded = new Map<string, AnalysisCorpus>();

/** Which of a file's documents a trial keeps: those after the first `skip`, at most `count` of them. */
type DocumentCut = { skip: number; count?: number };

const cutLabel = ({ skip, count }: DocumentCut) => (skip === 0 ? `first ${count}` : count === undefined ? `after ${skip}` : `${skip + 1}–${skip + count}`);

/**
 * Part of a file's documents, fingerprinted on their own: a small candidate (named for the cut), or a
 * source that answered part of the prompts (`asSource`: it keeps its name, which labels refer to).
 */
async function loadDocuments(file: string, cut: DocumentCut, asSource = false): Promise<AnalysisCorpus> {
  const key = `${file}#${cut.skip}#${cut.count}#${asSource}`;
  const hit = loaded.get(key);
  if (hit) return hit;
  const docs: (FeatureInputDocument & { text: string })[] = [];
  let seen = 0;
  for await (const r of readRecords(file, { withLines: false })) {
    if (seen++ < cut.skip) continue;
    docs.push({ ordinal: docs.length, text: r.text, prompt: r.prompt ?? null, promptId: r.promptId ?? null });
    if (docs.length === cut.count) break;
  }
  const name = asSource ? nameOf(file) : `${nameOf(file)} (${cutLabel(cut)})`;
  const corpus: AnalysisCorpus = { id: name, name, model: name, features: computeFeatures(docs), documents: docs.map((d) => ({ ordinal: d.ordinal, text: d.text })) };
  loaded.set(key, corpus);
  return corpus;
}

/** A cut, or null for the whole file. */
const cutOf = (skip: number | undefined, count: number | undefined): DocumentCut | null =>
  skip === undefined && count === undefined ? null : { skip: skip ?? 0, count };

async function loadCorpus(file: string, cacheDir: string | undefined): Promise<AnalysisCorpus> {
  const hit = loaded.get(file);
  if (hit) return hit;
  const name = nameOf(file);
  const cached = cacheDir ? path.join(cacheDir, name) : null;
  let corpus: AnalysisCorpus;
  if (cached && existsSync(`${cached}.features`)) {
    const documents = JSON.parse(readFileSync(`${cached}.json`, "utf8")) as AnalysisCorpus["documents"];
    corpus = { id: name, name, model: name, features: deserializeFeatures(new Uint8Array(readFileSync(`${cached}.features`))), documents };
  } else {
    const docs: (FeatureInputDocument & { text: string })[] = [];
    for await (const r of readRecords(file, { withLines: false })) docs.push({ ordinal: docs.length, text: r.text, prompt: r.prompt ?? null, promptId: r.promptId ?? null });
    const documents = docs.map((d) => ({ ordinal: d.ordinal, text: d.text }));
    corpus = { id: name, name, model: name, features: computeFeatures(docs), documents };
    if (cached) {
      writeFileSync(`${cached}.json`, JSON.stringify(documents));
      writeFileSync(`${cached}.features`, serializeFeatures(corpus.features));
    }
  }
  loaded.set(file, corpus);
  return corpus;
}

type ManifestRun = { manifest: Manifest; rows: EvalRow[]; summary: EvalSummary; result: AnalysisResult; analyzeMs: number };
type TeacherAbsentRuns = { trials: TeacherAbsentTrial[]; runs: ManifestRun[]; summary: TeacherAbsentSummary };

type EvaluateOptions = Pick<StressTrial, "documents" | "sourceDocuments" | "candidatesSkip" | "sourcesSkip" | "bootstrap">;

async function evaluate(manifest: Manifest, cacheDir: string | undefined, options: EvaluateOptions = {}): Promise<ManifestRun> {
  const sources: AnalysisCorpus[] = [];
  const sourceCut = cutOf(options.sourcesSkip, options.sourceDocuments);
  const candidateCut = cutOf(options.candidatesSkip, options.documents);
  for (const f of manifest.sources) sources.push(sourceCut ? await loadDocuments(f, sourceCut, true) : await loadCorpus(f, cacheDir));
  const candidates: AnalysisCorpus[] = [];
  for (const c of manifest.cases) candidates.push(candidateCut ? await loadDocuments(c.file, candidateCut) : await loadCorpus(c.file, cacheDir));
  const t0 = performance.now();
  const result = await analyze({ sources, candidates, params: options.bootstrap === undefined ? undefined : { bootstrap: options.bootstrap } });
  const analyzeMs = performance.now() - t0;
  const rows = manifest.cases.map((label, i) => scoreCase(result.candidates[i], label, result.calibration?.threshold ?? ATTRIBUTION_THRESHOLD));
  return { manifest, rows, summary: summarise(rows), result, analyzeMs };
}

const OUTCOME_MARK: Record<EvalRow["outcome"], string> = {
  "attributed-right": "✓ attributed right",
  "attributed-wrong": "✗ ATTRIBUTED WRONG",
  inconclusive: "· inconclusive",
  "control-attributed": "✗ CONTROL ATTRIBUTED",
  "control-clear": "✓ control not attributed",
};

async function evaluateTeacherAbsent(manifest: Manifest, cacheDir: string | undefined): Promise<TeacherAbsentRuns> {
  const trials = teacherAbsentTrials(manifest);
  const runs: ManifestRun[] = [];
  for (const t of trials) runs.push(await evaluate(t.manifest, cacheDir));
  return { trials, runs, summary: summariseTeacherAbsent(trials, runs.map((r) => r.rows)) };
}

/** The stress trials (eval/stress-trials.ts) built from the full run's rankings, each analysed on its own. */
async function evaluateStress(full: ManifestRun, cacheDir: string | undefined): Promise<{ trials: StressTrial[]; rows: EvalRow[][] }> {
  const trials = stressTrials(full.manifest, full.result.candidates.map((c) => c.ranking.map((e) => e.source)));
  const rows: EvalRow[][] = [];
  for (const t of trials) rows.push((await evaluate(t.manifest, cacheDir, t)).rows);
  return { trials, rows };
}

const absentLine = (s: TeacherAbsentSummary) =>
  `teacher absent: ${s.attributed} of ${s.students} students attributed anyway (false accusations), ${s.nearMisses} near misses; the trials' other cases: attributed WRONG ${s.othersWrong}, controls attributed ${s.controlsAttributed}`;

/** Per trial, the students it left without their teacher: outcome, top source and confidence. */
function reportTeacherAbsent(absent: TeacherAbsentRuns): string[] {
  if (absent.trials.length === 0) return [];
  const lines = ["### Teacher absent", "", "The same analysis with each teacher's sources taken out: its students must now get no attribution.", "", "```"];
  absent.trials.forEach((t, ti) => {
    const run = absent.runs[ti];
    lines.push(`without ${t.removed.join(", ")} (${t.manifest.sources.length} sources)`);
    run.rows.forEach((r, i) => {
      if (!t.madeControl[i]) return;
      const top = run.result.candidates[i].ranking[0];
      const mark = r.outcome === "control-attributed" ? `✗ ATTRIBUTED → ${r.verdict.source}` : "✓ not attributed";
      lines.push(`  ${r.name.padEnd(36)} ${mark}; top ${top ? `${top.source} ${top.score.toFixed(3)}` : "–"}, confidence ${r.verdict.confidence.toFixed(2)}`);
      // the reason for every attribution and every near miss (confidence past the threshold, held back by another check)
      if (r.outcome === "control-attributed" || r.nearMiss) lines.push(`    ${r.verdict.reason}${r.nearMiss ? " (a near miss)" : ""}`);
    });
    const others = run.rows.filter((_, i) => !t.madeControl[i]);
    const o = summarise(others);
    lines.push(`  others: attributed right ${o.attributedRight}, attributed WRONG ${o.attributedWrong}, inconclusive ${o.inconclusive}, controls attributed ${o.controlsAttributed}/${o.controls}`);
  });
  lines.push(absentLine(absent.summary), "```", "");
  return lines;
}

function report(run: ManifestRun): string[] {
  const lines: string[] = [`## ${run.manifest.name}`, ""];
  if (run.manifest.description) lines.push(run.manifest.description, "");
  lines.push("```");
  run.rows.forEach((r, i) => {
    const c = run.result.candidates[i];
    const expected = r.expected === null ? "control: no teacher among the sources" : `expected ${r.expected.join(" or ")}`;
    lines.push(`${r.name}  (${expected})  ${OUTCOME_MARK[r.outcome]}${r.top1Right === null ? "" : r.top1Right ? ", top-1 right" : ", top-1 wrong"}`);
    c.ranking.slice(0, 5).forEach((e, k) => lines.push(`  ${k + 1}. ${e.source.padEnd(30)} ${e.score.toFixed(3)}  [${e.low.toFixed(3)}, ${e.high.toFixed(3)}]`));
    if (c.kinship && c.inheritance) lines.push(`  kinship (form) → ${c.kinship.ranking[0]?.source ?? "–"}; inheritance (vocabulary) → ${c.inheritance.ranking[0]?.source ?? "–"}`);
    const raw = inheritanceRaw(c);
    if (raw) lines.push(`  with ${c.ranking[0].source}, unscaled: ${raw}`);
    const matched = c.calibration?.promptMatched;
    if (matched) lines.push(`  compared on the prompts it shares with the sources (${matched.candidateDocuments} of its documents, about ${matched.documents} of each source's), with teacher-absent trials on them`);
    const v = r.verdict;
    lines.push(`  verdict: ${v.status}${v.source ? ` → ${v.source}` : ""} (confidence ${v.confidence.toFixed(2)}): ${v.reason}`, "");
  });
  const s = run.summary;
  lines.push(
    `top-1: ${s.top1Right}/${s.candidates}; attributed right: ${s.attributedRight}; attributed WRONG: ${s.attributedWrong}; inconclusive: ${s.inconclusive}; controls attributed: ${s.controlsAttributed}/${s.controls}; near misses: ${s.nearMisses}; c@1: ${s.cAt1.toFixed(3)}`,
  );
  lines.push(`each view's top-1 on its own: ${Object.entries(s.viewTop1).map(([v, n]) => `${v} ${n}/${s.candidates}`).join(", ")}`);
  const sep = run.result.separability;
  lines.push(`source separability (CV accuracy, folds grouped by prompt): ${(100 * sep.accuracy).toFixed(1)}% vs chance ${(100 * sep.chance).toFixed(1)}%`);
  const cal = run.result.calibration;
  if (cal) lines.push(`calibration: ${cal.trials} trials (${cal.openSetTrials ?? 0} with the true source absent); threshold ${cal.threshold?.toFixed(2) ?? "–"}; false attributions in the trials: ${cal.falseAttributions ?? "–"}`);
  lines.push(`analyze: ${(run.analyzeMs / 1000).toFixed(1)} s wall (${Object.entries(run.result.timings).map(([k, v]) => `${k} ${v}`).join(", ")} ms)`);
  lines.push("```", "");
  return lines;
}

/**
 * The inheritance metrics' raw values with the top source ("slop-jaccard 0.053, log-odds-correlation 0.147"):
 * how strong the resemblance is, not only how it ranks, so a control's can be set beside a student's.
 */
function inheritanceRaw(c: AnalysisResult["candidates"][number]): string | null {
  const top = c.ranking[0]?.source;
  if (!top || !c.inheritance) return null;
  const parts = c.inheritance.metrics.map((m) => {
    const entry = c.metrics[m]?.find((e) => e.source === top);
    return entry ? `${m} ${entry.raw.toFixed(3)}` : null;
  });
  return parts.every((p) => p !== null) ? parts.join(", ") : null;
}

async function main(): Promise<void> {
  if (positionals.length === 0) throw new Error("usage: npm run eval -- <manifest.json> [more manifests…] [--json] [--write-docs] [--features-cache DIR]");
  const cacheDir = values["features-cache"];
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const manifests = positionals.map(readManifest);
  const runs: ManifestRun[] = [];
  const absent: TeacherAbsentRuns[] = [];
  const stress: { lines: string[]; summary: StressLine[] }[] = [];
  for (const m of manifests) {
    const run = await evaluate(m, cacheDir);
    runs.push(run);
    absent.push(await evaluateTeacherAbsent(m, cacheDir));
    const { trials, rows } = await evaluateStress(run, cacheDir);
    stress.push(reportStress(trials, rows));
  }
  const total = summarise(runs.flatMap((r) => r.rows));
  const totalAbsent = summariseTeacherAbsent(
    absent.flatMap((a) => a.trials),
    absent.flatMap((a) => a.runs.map((r) => r.rows)),
  );
  const lines = runs.flatMap((run, i) => [...report(run), ...reportTeacherAbsent(absent[i]), ...stress[i].lines]);
  const totalStress = stress.flatMap((s) => s.summary);
  lines.push(
    "## All sets",
    "",
    `top-1: ${total.top1Right}/${total.candidates}; attributed right: ${total.attributedRight}; attributed WRONG: ${total.attributedWrong}; controls attributed: ${total.controlsAttributed}/${total.controls}; false attributions in all: ${total.falseAttributions}; near misses: ${total.nearMisses}; c@1: ${total.cAt1.toFixed(3)}`,
    absentLine(totalAbsent),
    stressTotalLine(totalStress),
    "",
  );
  if (values.json) {
    const manifestsOut = runs.map((r, i) => ({ manifest: r.manifest.path, summary: r.summary, rows: r.rows, teacherAbsent: absent[i].summary, stress: stress[i].summary }));
    process.stdout.write(JSON.stringify({ total, teacherAbsent: totalAbsent, manifests: manifestsOut }) + "\n");
  } else console.log(lines.join("\n"));
  if (values["write-docs"]) {
    const machine = `${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
    const command = `npm run --silent eval -- ${positionals.join(" ")} --write-docs`;
    const doc = [
      "# Evaluation on the development sets",
      "",
      `Generated by \`${command}\` (bench/run-eval.ts). Do not edit by hand: rerun it.`,
      "",
      `Machine: ${machine}. A wrong attribution is a false accusation: it is counted apart from "inconclusive", and a control (no teacher among the sources) that gets any attribution counts as one. c@1 (PAN) rewards leaving a case unanswered over answering it wrongly.`,
      "",
      "Each case shows the inheritance ranking (the verdict's question), then the inheritance metrics' values with the top source before any scaling (slop Jaccard 0..1, vocabulary log-odds correlation −1..1): a ranking says which source is closest, these say how close. Where a control's values with its top source are as high as a student's with its teacher, no threshold on these metrics can name the one without the other.",
      "",
      "After each set, \"Teacher absent\" runs it again once per teacher with that teacher's sources taken out (every version listed as a right answer): its students then have no right answer among the sources, so any attribution they get is a false accusation. The calibration simulates this among the sources; this asks it of the real students.",
      "",
      "\"Stress trials\" then ask each set the questions where a false accusation is easiest: each case against only its two or three closest sources that are not a right answer (from the full run's ranking), each student against its teacher and its two closest others, every case cut to its first 1, 10, 50 or 200 documents, every source cut to its first 200 (the cases whole), the sources on the first 400 prompts and the cases on the rest and then the other way round (no prompt shared; AlpacaEval's prompts come in runs from one dataset each, so the halves differ in topic), and the full set with the bootstrap off. A cut case, or a whole case against cut sources, shares only part of its prompts with the sources, so it is compared with them on the shared prompts (docs/methods.md, \"On the shared prompts\"); a case on disjoint prompts cannot be, and is compared whole; each setting also counts how many cases with a right answer among the sources had one ranked first (top-1). A near miss is a case not attributed although its confidence reached the threshold and its top source was not a right answer: another check held back a false accusation.",
      "",
      ...lines,
    ].join("\n");
    writeFileSync(path.resolve(import.meta.dirname, "../docs/evaluation.md"), doc);
    console.error("wrote docs/evaluation.md");
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
