// The stress trials' section of the eval report: per kind and setting, how many cases were attributed right
// and how many were false accusations or near misses, then each of those with its reason.

import type { EvalRow } from "./score-eval";
import { summariseStress, type StressKind, type StressLine, type StressTrial } from "./stress-trials";

const KIND_TITLE: Record<StressKind, string> = {
  "nearest-impostors": "Each case against only its nearest sources that are not a right answer (any attribution is false)",
  "teacher-and-impostors": "Each student against its teacher and its nearest other sources",
  "small-candidate": "Every case cut to its first documents, against every source",
  "small-sources": "Every source cut to its first documents (answers to part of the cases' prompts), every case whole",
  "disjoint-prompts": "The sources on some prompts and the cases on the others (no prompt shared; the halves differ in topic)",
  "no-bootstrap": "Every case with the bootstrap off",
};

export const stressTotalLine = (lines: StressLine[]) => {
  const sum = (f: (l: StressLine) => number) => lines.reduce((n, l) => n + f(l), 0);
  return `stress trials: ${sum((l) => l.falseAccusations)} false accusations and ${sum((l) => l.nearMisses)} near misses in ${sum((l) => l.cases)} cases (attributed right ${sum((l) => l.right)}; top-1 right ${sum((l) => l.top1Right)} of the ${sum((l) => l.students)} with a right answer among the sources)`;
};

export function reportStress(trials: StressTrial[], rows: EvalRow[][]): { lines: string[]; summary: StressLine[] } {
  const summary = summariseStress(trials, rows);
  if (trials.length === 0) return { lines: [], summary };
  const lines = [
    "### Stress trials",
    "",
    "Setups where a false accusation is easiest: few sources, the closest impostors, little text, no bootstrap. Each is an analysis of its own, scored as above.",
    "",
    "```",
  ];
  let kind: StressKind | null = null;
  for (const l of summary) {
    if (l.kind !== kind) lines.push(KIND_TITLE[l.kind]);
    kind = l.kind;
    const top1 = l.students > 0 ? `; top-1 right ${l.top1Right}/${l.students}` : "";
    lines.push(`  ${l.setting.padEnd(20)} ${String(l.cases).padStart(3)} cases: attributed right ${l.right}, FALSE ACCUSATIONS ${l.falseAccusations}, near misses ${l.nearMisses}, not attributed ${l.notAttributed}${top1}`);
  }
  trials.forEach((t, ti) =>
    rows[ti].forEach((r) => {
      if (r.nearMiss) lines.push(`  ! near miss: ${t.manifest.name} (${t.setting}): ${r.name}, top ${r.top} at ${r.verdict.confidence.toFixed(2)}: ${r.verdict.reason}`);
      if (r.outcome !== "attributed-wrong" && r.outcome !== "control-attributed") return;
      lines.push(`  ✗ ${t.manifest.name} (${t.setting}): ${r.name} → ${r.verdict.source} at ${r.verdict.confidence.toFixed(2)}: ${r.verdict.reason}`);
    }),
  );
  lines.push(stressTotalLine(summary), "```", "");
  return { lines, summary };
}
