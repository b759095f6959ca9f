import type { AnalysisCorpus } from "@/lib/analysis/analyze";
import { computeFeatures } from "@/lib/features/compute-features";
import { humanReferenceFromCounts } from "@/lib/analysis/human-reference";

// Three synthetic "models" answering the same 40 prompts, each with its own habits; the candidate shares A's.
const habits: Record<string, (i: number) => string> = {
  A: (i) => `Certainly! Let us delve into topic ${i}. It is a rich tapestry — truly. I hope this helps!`,
  B: (i) => `Sure. Topic ${i} is simple: here are the facts; nothing more to say.`,
  C: (i) => `## Topic ${i}\n\n- point one\n- point two\n\nIn summary, topic ${i} has two points.`,
  X: (i) => `Certainly! We delve into topic ${i}, a tapestry of ideas — really. I hope this helps!`,
};

export function toyCorpus(name: keyof typeof habits): AnalysisCorpus {
  const docs = Array.from({ length: 40 }, (_, i) => ({ ordinal: i, text: habits[name](i) + (i % 3 ? " ok" : ""), prompt: `prompt ${i}` }));
  return { id: name, name, model: name, features: computeFeatures(docs), documents: docs };
}

export const toyHuman = humanReferenceFromCounts("toy", [{ word: "the", count: 100 }]);

export const toyAnalysis = () => ({
  sources: [toyCorpus("A"), toyCorpus("B"), toyCorpus("C")],
  candidates: [toyCorpus("X")],
  params: { bootstrap: 20, seed: 7 },
  human: toyHuman,
});
