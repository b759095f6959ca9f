// Stress trials: the setups where a false accusation is easiest, asked of the real students and controls.
// - nearest impostors: a case against only its k closest sources that are not a right answer (taken from
//   the full run's ranking), so whatever it is attributed to is a false accusation;
// - teacher and nearest impostors: a student against its best-ranked right answer and its k−1 closest others;
// - small candidate: each case cut to its first N documents, against every source;
// - small sources: every source cut to its first N documents (its answers to part of the cases' prompts),
//   every case whole;
// - disjoint prompts: the sources on the first N prompts and the cases on the rest, then the other way
//   round, so no prompt is shared (AlpacaEval's prompts come in runs from one dataset each, so the halves
//   differ in topic too: the case of a suspect's outputs on an analyst's own prompts);
// - no bootstrap: the full set with the bootstrap turned off.
// Each trial is an ordinary manifest, scored by score-eval, so every count means what it means there.

import path from "node:path";
import type { Manifest } from "./read-manifest";

export type StressKind = "nearest-impostors" | "teacher-and-impostors" | "small-candidate" | "small-sources" | "disjoint-prompts" | "no-bootstrap";

export type StressTrial = {
  kind: StressKind;
  /** what the trial varies: "2 sources", "first 10 documents", "bootstrap 0" */
  setting: string;
  manifest: Manifest;
  /** every candidate is cut to its first `documents` documents */
  documents?: number;
  /** every source is cut to its first `sourceDocuments` documents */
  sourceDocuments?: number;
  /** every candidate leaves out its first `candidatesSkip` documents; every source leaves out its first `sourcesSkip` */
  candidatesSkip?: number;
  sourcesSkip?: number;
  bootstrap?: number;
};

export type StressOptions = { impostorCounts: number[]; teacherSetSizes: number[]; documentCounts: number[]; sourceDocumentCounts: number[]; disjointSplits: number[] };
export const DEFAULT_STRESS: StressOptions = { impostorCounts: [2, 3], teacherSetSizes: [3], documentCounts: [1, 10, 50, 200], sourceDocumentCounts: [200], disjointSplits: [400] };

/** A source's or a case's name: its file name without the extension. */
const nameOf = (file: string) => path.basename(file, path.extname(file));

/**
 * Trials for one manifest, given each case's source ranking in the full analysis (rankings[i]: source names,
 * closest first). Trials that would need more sources than the manifest has are left out.
 */
export function stressTrials(manifest: Manifest, rankings: string[][], options: StressOptions = DEFAULT_STRESS): StressTrial[] {
  const trials: StressTrial[] = [];
  const fileOf = new Map(manifest.sources.map((f) => [nameOf(f), f]));
  manifest.cases.forEach((c, i) => {
    const others = rankings[i].filter((s) => !(c.expected ?? []).includes(s));
    for (const k of options.impostorCounts) {
      if (others.length < k) continue;
      const sources = others.slice(0, k).map((s) => fileOf.get(s)!);
      trials.push({
        kind: "nearest-impostors",
        setting: `${k} sources`,
        manifest: { ...manifest, name: `${nameOf(c.file)} against its ${k} nearest impostors`, sources, cases: [{ ...c, expected: null }] },
      });
    }
    if (c.expected === null) return;
    const teacher = rankings[i].find((s) => c.expected!.includes(s));
    if (!teacher) return;
    for (const k of options.teacherSetSizes) {
      if (others.length < k - 1 || k < 2) continue;
      const sources = [teacher, ...others.slice(0, k - 1)].map((s) => fileOf.get(s)!);
      trials.push({
        kind: "teacher-and-impostors",
        setting: `${k} sources`,
        manifest: { ...manifest, name: `${nameOf(c.file)} against ${teacher} and ${k - 1} nearest others`, sources, cases: [{ ...c, expected: [teacher] }] },
      });
    }
  });
  for (const n of options.documentCounts) {
    trials.push({ kind: "small-candidate", setting: `first ${n} document${n === 1 ? "" : "s"}`, manifest: { ...manifest, name: `${manifest.name}, candidates cut to ${n}` }, documents: n });
  }
  for (const n of options.sourceDocumentCounts) {
    trials.push({ kind: "small-sources", setting: `sources' first ${n}`, manifest: { ...manifest, name: `${manifest.name}, sources cut to ${n}` }, sourceDocuments: n });
  }
  for (const n of options.disjointSplits) {
    const name = (side: string) => `${manifest.name}, ${side} on the first ${n} prompts, the others on the rest`;
    trials.push({ kind: "disjoint-prompts", setting: `sources on 1–${n}`, manifest: { ...manifest, name: name("sources") }, sourceDocuments: n, candidatesSkip: n });
    trials.push({ kind: "disjoint-prompts", setting: `cases on 1–${n}`, manifest: { ...manifest, name: name("cases") }, documents: n, sourcesSkip: n });
  }
  trials.push({ kind: "no-bootstrap", setting: "bootstrap 0", manifest: { ...manifest, name: `${manifest.name}, no bootstrap` }, bootstrap: 0 });
  return trials;
}

export type StressLine = {
  kind: StressKind;
  setting: string;
  cases: number;
  right: number;
  falseAccusations: number;
  nearMisses: number;
  notAttributed: number;
  /** cases with a right answer among the sources, and those whose top source was one */
  students: number;
  top1Right: number;
};

/**
 * Per kind and setting, in first-seen order: cases scored, attributed right, false accusations, near misses
 * (EvalRow.nearMiss), not attributed, and top-1 among the cases that have a right answer.
 */
export function summariseStress(trials: StressTrial[], rows: { outcome: string; nearMiss: boolean; top1Right: boolean | null }[][]): StressLine[] {
  const lines = new Map<string, StressLine>();
  trials.forEach((t, ti) => {
    const key = `${t.kind}\u0000${t.setting}`;
    const line = lines.get(key) ?? { kind: t.kind, setting: t.setting, cases: 0, right: 0, falseAccusations: 0, nearMisses: 0, notAttributed: 0, students: 0, top1Right: 0 };
    for (const r of rows[ti]) {
      line.cases++;
      if (r.top1Right !== null) line.students++;
      if (r.top1Right) line.top1Right++;
      if (r.outcome === "attributed-right") line.right++;
      else if (r.outcome === "attributed-wrong" || r.outcome === "control-attributed") line.falseAccusations++;
      else line.notAttributed++;
      if (r.nearMiss) line.nearMisses++;
    }
    lines.set(key, line);
  });
  return [...lines.values()];
}
