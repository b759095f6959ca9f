// The first analysis in a process runs cold: the analysis threads start and load their code, and V8 has yet
// to optimise any of it (the worker's first analysis of the 12 AlpacaEval corpora took over a second longer
// than the ones after it). A job worker runs this small analysis of made-up corpora once, when it first has
// nothing to do, so a user's first analysis meets warm code. Nothing of it is kept.

import { compactCharRows } from "@/lib/features/char-row-deltas";
import { computeFeatures } from "@/lib/features/compute-features";
import type { FeatureInputDocument } from "@/lib/features/feature-types";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { analyze, type AnalysisCorpus } from "./analyze";
import { answerHash } from "./attribution/copied-answers";
import { createRandom } from "./math/seeded-random";
import type { AnalysisResult } from "./result-types";

const STEMS = (
  "answer model question example step result value method point reason idea part way case form time data text word list " +
  "note source choice change detail issue option process system user code table rule test plan goal view level order " +
  "make take give find show help keep read write use work need try explain describe consider compare improve check " +
  "clear simple useful common important specific different general possible similar quick careful direct"
).split(" ");
const SUFFIXES = ["", "s", "ed", "ing", "ly", "er"];
const GLUE = "the a of and to in is that it for as with on be this by are or can from which".split(" ");
const PROMPTS = 60;
const DOCUMENTS = 90;

/** One made-up answer: a few paragraphs or a list; each corpus leans to words of its own (`corpus` shifts the ranks). */
function answer(random: () => number, corpus: number): string {
  const word = () => {
    if (random() < 0.45) return GLUE[Math.floor(random() * GLUE.length)];
    const rank = Math.floor(STEMS.length * random() ** (1.6 + corpus * 0.15));
    return STEMS[(rank + corpus * 7) % STEMS.length] + SUFFIXES[Math.floor(random() ** 2 * SUFFIXES.length)];
  };
  const sentence = () => {
    const words = Array.from({ length: 6 + Math.floor(random() * 14) }, word);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return words.join(" ") + (random() < 0.15 ? "?" : ".");
  };
  const parts: string[] = [];
  for (let p = 0; p < 1 + Math.floor(random() * 4); p++) {
    const list = random() < 0.3;
    const items = Array.from({ length: 2 + Math.floor(random() * 3) }, sentence);
    parts.push(list ? items.map((s, i) => `${i + 1}. **${s.split(" ")[0]}** ${s}`).join("\n") : items.join(" "));
  }
  return parts.join("\n\n");
}

function warmUpCorpus(corpus: number): AnalysisCorpus {
  const random = createRandom(7919 * (corpus + 1));
  const documents: FeatureInputDocument[] = Array.from({ length: DOCUMENTS }, (_, ordinal) => ({
    ordinal,
    text: answer(random, corpus),
    prompt: `Question ${ordinal % PROMPTS}: explain it.`,
    promptId: `q${ordinal % PROMPTS}`,
  }));
  // In the form the worker's fingerprints take (load-analysis-corpus.ts), so the same code paths warm up.
  const plain = computeFeatures(documents);
  const computed = { ...plain, docChars: compactCharRows(plain.docChars), docs: { ...plain.docs, answerHashes: documents.map((d) => answerHash(d.text)) } };
  const features = deserializeFeatures(serializeFeatures(computed)); // read back as stored: term tables as bytes
  const snippets = documents.map((d) => ({ ordinal: d.ordinal, text: d.text }));
  return { id: `warm-up-${corpus}`, name: `warm-up ${corpus}`, model: `warm-up ${corpus}`, features, documents: snippets };
}

/** Analyses 5 made-up sources and 2 candidates, every stage and thread task; the worker drops the result. */
export function warmUpAnalysis(): Promise<AnalysisResult> {
  const corpora = Array.from({ length: 7 }, (_, c) => warmUpCorpus(c));
  return analyze({ sources: corpora.slice(0, 5), candidates: corpora.slice(5) });
}
