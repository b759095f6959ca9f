// Teacher-absent trials: a labelled manifest again with one teacher's sources taken out. Each distinct
// `expected` set gives one trial; the cases whose every right answer was taken out become controls, so any
// attribution they get is a false accusation the full manifest cannot show (the tool named someone, and
// the one it should have named was not there). The calibration simulates this among the sources; this
// asks it of the real students.

import path from "node:path";
import type { EvalCase, Manifest } from "./read-manifest";

export type TeacherAbsentTrial = {
  /** source names taken out */
  removed: string[];
  manifest: Manifest;
  /** per case of `manifest`, whether it lost its teacher here (a control made by this trial) */
  madeControl: boolean[];
};

const sourceName = (file: string) => path.basename(file, path.extname(file));

/** One trial per distinct teacher set, in the manifest's order; none that would leave fewer than two sources. */
export function teacherAbsentTrials(manifest: Manifest): TeacherAbsentTrial[] {
  const seen = new Set<string>();
  const trials: TeacherAbsentTrial[] = [];
  for (const c of manifest.cases) {
    if (c.expected === null) continue;
    const removed = [...new Set(c.expected)].sort();
    const key = JSON.stringify(removed);
    if (seen.has(key)) continue;
    seen.add(key);
    const sources = manifest.sources.filter((f) => !removed.includes(sourceName(f)));
    if (sources.length < 2 || sources.length === manifest.sources.length) continue;
    const cases: EvalCase[] = manifest.cases.map((k) => {
      if (k.expected === null) return k;
      const left = k.expected.filter((e) => !removed.includes(e));
      return { ...k, expected: left.length > 0 ? left : null };
    });
    trials.push({
      removed,
      manifest: { ...manifest, name: `${manifest.name} without ${removed.join(", ")}`, sources, cases },
      madeControl: manifest.cases.map((k, i) => k.expected !== null && cases[i].expected === null),
    });
  }
  return trials;
}

export type TeacherAbsentSummary = {
  /** students scored without any of their right answers among the sources */
  students: number;
  /** of those, attributed to a source anyway: false accusations */
  attributed: number;
  /** of those, not attributed only because a check other than the confidence held it back (EvalRow.nearMiss) */
  nearMisses: number;
  /** the trials' other cases: students whose teacher stayed, attributed to a wrong source */
  othersWrong: number;
  /** the trials' other cases: the manifest's own controls, attributed */
  controlsAttributed: number;
};

/** Counts over trials scored with score-eval (rows[t][i]: trial t's case i). */
export function summariseTeacherAbsent(trials: TeacherAbsentTrial[], rows: { outcome: string; nearMiss: boolean }[][]): TeacherAbsentSummary {
  const out: TeacherAbsentSummary = { students: 0, attributed: 0, nearMisses: 0, othersWrong: 0, controlsAttributed: 0 };
  trials.forEach((t, ti) =>
    rows[ti].forEach((r, i) => {
      if (t.madeControl[i]) {
        out.students++;
        if (r.outcome === "control-attributed") out.attributed++;
        if (r.nearMiss) out.nearMisses++;
      } else if (r.outcome === "attributed-wrong") out.othersWrong++;
      else if (r.outcome === "control-attributed") out.controlsAttributed++;
    }),
  );
  return out;
}
