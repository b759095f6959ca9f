import { describe, expect, it } from "vitest";
import { buildAnalysisSpace } from "@/lib/analysis/attribution/analysis-space";
import { corpusMetrics } from "@/lib/analysis/attribution/corpus-metrics";
import type { Profile } from "@/lib/analysis/attribution/profiles";
import { MIN_PROMPT_GROUPS, promptDrivenWeights } from "@/lib/analysis/attribution/prompt-driven-words";
import { computeFeatures } from "@/lib/features/compute-features";
import { FAMILY_SOURCES, familyDocuments } from "@/test/support/family-corpora";

const sourcesOn = (prompt: (p: string, name: string) => string) =>
  Object.entries(FAMILY_SOURCES).map(([name, model]) => computeFeatures(familyDocuments(name, model).map((d) => ({ ...d, prompt: prompt(d.prompt, name) }))));

describe("promptDrivenWeights", () => {
  it("weighs a topic word (every source's answers to its prompts use it) near 0 and a model's habit near 1", () => {
    const space = buildAnalysisSpace(sourcesOn((p) => p), null);
    const weights = promptDrivenWeights(space, [...space.views.keys()])!;
    const weight = (w: string) => weights[space.wordIndex.get(w)!];
    for (const topic of ["apples", "comets", "chess"]) expect(weight(topic)).toBeLessThan(0.05); // familyDocuments: one topic per prompt
    for (const habit of ["delve", "harbour", "simmer", "melody"]) expect(weight(habit)).toBeGreaterThan(0.95); // one source's vocabulary
  });

  it("gives no weights when the sources share too few prompts to tell topic from habit", () => {
    const space = buildAnalysisSpace(sourcesOn((p, name) => (Number(p.split(" ")[1]) < MIN_PROMPT_GROUPS - 1 ? p : `${name}: ${p}`)), null);
    expect(promptDrivenWeights(space, [...space.views.keys()])).toBeNull();
  });
});

describe("the vocabulary correlation with word weights", () => {
  // 100 function words (left out), then: a topic word of the candidate's prompts, one source's habit, filler
  const W = 400;
  const profile = (over: Record<number, number>): Profile => {
    const words = Float64Array.from({ length: W }, (_, j) => (j < 100 ? 500 : 20) + (over[j] ?? 0));
    return { words, tokens: words.reduce((a, b) => a + b, 0), chars: new Float64Array(1), style: new Float64Array(1) };
  };
  const TOPIC = 100;
  const HABIT = 101;
  // source 0 over-uses the habit; source 1 happens to over-use the candidate's topic word; the candidate both, the topic more
  const profiles = [profile({ [HABIT]: 60 }), profile({ [TOPIC]: 60 }), profile({}), profile({ [TOPIC]: 400, [HABIT]: 60 })];
  const correlation = (weights: Float64Array | null) => corpusMetrics(profiles, [0], [3], [0, 1, 2], { vocabularyWeights: weights }).pairs["log-odds-correlation"]![0];

  it("follows the topic word without weights, and the habit once the topic word weighs nothing", () => {
    const [habit, topic] = correlation(null);
    expect(topic).toBeGreaterThan(habit);
    const weights = new Float64Array(W).fill(1);
    weights[TOPIC] = 0;
    const [habitWeighted, topicWeighted] = correlation(weights);
    expect(habitWeighted).toBeGreaterThan(topicWeighted);
  });
});
