import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import { familyAnalysis, familyCorpus } from "@/test/support/family-corpora";
import { detailsLine } from "./verdict-headlines";

describe("detailsLine (the numbers behind a verdict)", () => {
  it("says when a candidate was calibrated on its own prompts, and on how many trials", async () => {
    const { sources, candidates } = familyAnalysis();
    const part = familyCorpus("student on 24 prompts", { base: "bullets", vocabulary: "ornate" }, 24);
    const result = await analyze({ sources, candidates: [candidates[0], part], params: { bootstrap: 30, seed: 7 } });
    const [whole, partial] = result.candidates;
    expect(detailsLine(whole, result)).not.toMatch(/its prompts/);
    expect(detailsLine(partial, result)).toMatch(
      new RegExp(`right in ${partial.calibration!.trials} calibration trials with a known answer; it and the sources share only part of their prompts, so it was compared with them on the shared prompts only \\(24 of its documents, about 24 of each source's\\), and so were the trials with its teacher left out`),
    );
  });
});
