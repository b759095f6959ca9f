// The warning a candidate gets when it answered other prompts than the sources and was compared whole: the
// results page and the CLI's text output both print it.
import { WHOLE_COVERAGE } from "@/lib/analysis/attribution/prompt-matched-samples";
import type { CandidateResult } from "@/lib/analysis/result-types";

/**
 * Set when under 90% of a candidate's documents answer the sources' prompts (the share below which it would
 * be compared on the shared prompts, had it enough of them) and it was compared whole: its scores
 * then mix what the prompts were about with how it writes, and no calibration trial replays that.
 */
export function offPromptNote(c: Pick<CandidateResult, "promptCoverage" | "calibration">): string | null {
  const coverage = c.promptCoverage;
  if (!coverage || c.calibration?.promptMatched || coverage.onSourcePrompts >= WHOLE_COVERAGE * coverage.documents) return null;
  const share =
    coverage.onSourcePrompts === 0
      ? `None of its ${coverage.documents} sampled documents answers a prompt the sources answered`
      : `Only ${coverage.onSourcePrompts} of its ${coverage.documents} sampled documents answer prompts the sources answered, and it was compared on all of them`;
  return `${share}: it was compared with their answers to other questions, so what the prompts were about is mixed into every score and can put the wrong source first. Its confidence was calibrated on the sources' own prompts, not on this. To compare like with like, have the sources answer its prompts.`;
}
