// Scores an analysis against a manifest's labels. A wrong attribution is a false accusation: it is counted
// apart from "inconclusive", and a control that gets any attribution counts as one.

import type { CandidateResult } from "@/lib/analysis/result-types";
import type { EvalCase } from "./read-manifest";

export type Outcome = "attributed-right" | "attributed-wrong" | "inconclusive" | "control-attributed" | "control-clear";

export type EvalRow = {
  name: string;
  expected: string[] | null;
  top: string | null;
  top1Right: boolean | null; // null for controls
  outcome: Outcome;
  /**
   * Not attributed, yet the confidence reached the threshold while the top source was not a right answer: a
   * false accusation that only another check (overlapping intervals, copied answers) held back.
   */
  nearMiss: boolean;
  verdict: CandidateResult["verdict"];
  /** the top source of each view on its own (each metric, and the kinship and inheritance rankings) */
  viewTops: Record<string, string | null>;
};

export type EvalSummary = {
  candidates: number;
  controls: number;
  top1Right: number;
  attributedRight: number;
  attributedWrong: number;
  inconclusive: number;
  controlsAttributed: number;
  /** near misses (EvalRow.nearMiss) */
  nearMisses: number;
  /** wrong attributions of candidates plus attributed controls */
  falseAttributions: number;
  /** PAN's c@1 over the candidates: rewards leaving a case unanswered over answering it wrongly */
  cAt1: number;
  /** per view: candidates whose top source under that view alone is right */
  viewTop1: Record<string, number>;
};

/** Top source per view: every metric, and the kinship and inheritance rankings when the result has them. */
export function viewTops(c: CandidateResult): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  const argmax = (entries: { source: string; value: number }[]) =>
    entries.reduce<{ source: string; value: number } | null>((best, e) => (best === null || e.value > best.value ? e : best), null)?.source ?? null;
  for (const [metric, entries] of Object.entries(c.metrics)) out[metric] = argmax((entries ?? []).map((e) => ({ source: e.source, value: e.similarity })));
  if (c.kinship) out.kinship = c.kinship.ranking[0]?.source ?? null;
  if (c.inheritance) out.inheritance = c.inheritance.ranking[0]?.source ?? null;
  return out;
}

/** `threshold`: the analysis' attribution threshold (calibration.threshold), for near misses. */
export function scoreCase(c: CandidateResult, label: EvalCase, threshold?: number): EvalRow {
  const top = c.ranking[0]?.source ?? null;
  const attributed = c.verdict.status === "attributed" ? c.verdict.source : null;
  const expected = label.expected;
  let outcome: Outcome;
  if (expected === null) outcome = attributed ? "control-attributed" : "control-clear";
  else if (!attributed) outcome = "inconclusive";
  else outcome = expected.includes(attributed) ? "attributed-right" : "attributed-wrong";
  const topWrong = expected === null || top === null || !expected.includes(top);
  return {
    name: c.name,
    expected,
    top,
    top1Right: expected === null ? null : top !== null && expected.includes(top),
    outcome,
    nearMiss: !attributed && topWrong && threshold !== undefined && c.verdict.confidence >= threshold,
    verdict: c.verdict,
    viewTops: viewTops(c),
  };
}

export function summarise(rows: EvalRow[]): EvalSummary {
  const cands = rows.filter((r) => r.expected !== null);
  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  const right = count("attributed-right");
  const unanswered = count("inconclusive");
  const n = cands.length;
  const viewTop1: Record<string, number> = {};
  for (const r of cands) {
    for (const [view, top] of Object.entries(r.viewTops)) viewTop1[view] = (viewTop1[view] ?? 0) + (top !== null && r.expected!.includes(top) ? 1 : 0);
  }
  return {
    candidates: n,
    controls: rows.length - n,
    top1Right: cands.filter((r) => r.top1Right).length,
    attributedRight: right,
    attributedWrong: count("attributed-wrong"),
    inconclusive: unanswered,
    controlsAttributed: count("control-attributed"),
    nearMisses: rows.filter((r) => r.nearMiss).length,
    falseAttributions: count("attributed-wrong") + count("control-attributed"),
    cAt1: n === 0 ? 0 : (right + (unanswered * right) / n) / n,
    viewTop1,
  };
}
