import type { AnalysisCorpus } from "@/lib/analysis/analyze";
import { computeFeatures } from "@/lib/features/compute-features";
import { createRandom } from "@/lib/analysis/math/seeded-random";

// Synthetic "models" that separate form from vocabulary. A base gives the form: which function words carry
// a sentence, how answers are laid out (bullets, numbered steps, headings), how long they run. A vocabulary
// gives the distinctive content words a model keeps reaching for. A student keeps its base's form and takes
// its teacher's vocabulary, so kinship and inheritance name different sources.

type Base = { glue: string[]; layout: (lines: string[], topic: string) => string; sentences: number };

const BASES: Record<string, Base> = {
  plain: {
    glue: ["the", "of", "in", "which", "is", "that", "this", "for"],
    layout: (lines) => lines.join(" "),
    sentences: 5,
  },
  bullets: {
    glue: ["a", "to", "with", "you", "can", "your", "so", "just"],
    layout: (lines, topic) => `Here is what to know about ${topic}:\n\n${lines.map((l) => `- ${l}`).join("\n")}`,
    sentences: 4,
  },
  headed: {
    glue: ["we", "our", "by", "as", "are", "these", "on", "its"],
    layout: (lines, topic) => `## ${topic}\n\n${lines.map((l, i) => `${i + 1}. **Step** ${l}`).join("\n\n")}`,
    sentences: 6,
  },
};

const VOCABULARIES: Record<string, string[]> = {
  ornate: ["delve", "tapestry", "intricate", "nuanced", "realm", "showcase", "vibrant", "pivotal", "foster", "myriad"],
  casual: ["basically", "stuff", "pretty", "awesome", "kinda", "totally", "gonna", "cool", "folks", "handy"],
  formal: ["furthermore", "consequently", "thereby", "notwithstanding", "pursuant", "herein", "aforementioned", "wherein", "hence", "thus"],
  homely: ["neighbour", "kettle", "garden", "cosy", "grandmother", "porridge", "lantern", "meadow", "quilt", "hearth"],
  technical: ["latency", "throughput", "configure", "parameter", "module", "protocol", "runtime", "endpoint", "scalable", "deploy"],
  nautical: ["harbour", "anchor", "vessel", "starboard", "tide", "voyage", "hull", "compass", "sail", "crew"],
  culinary: ["simmer", "zest", "saute", "savory", "marinade", "drizzle", "crispy", "braise", "seasoning", "garnish"],
  sporty: ["champion", "sprint", "goalpost", "stamina", "referee", "tournament", "underdog", "coach", "rally", "playoff"],
  musical: ["melody", "rhythm", "chorus", "harmony", "tempo", "crescendo", "ballad", "chord", "lyrical", "encore"],
  botanical: ["petal", "blossom", "fern", "orchid", "pollen", "sapling", "foliage", "seedling", "moss", "bloom"],
};

const TOPICS = ["apples", "rivers", "engines", "poetry", "taxes", "comets", "bridges", "coffee", "chess", "forests"];
const FILLER = (
  "idea part way case point time thing place work fact reason result number group problem question system program " +
  "story month book level side kind head house service friend power hour game line end member law car city name team " +
  "minute market door office health person art war history party morning research girl guy food moment air teacher force " +
  "education foot boy age policy music process body paper space ground form event official matter center couple site project " +
  "activity star table need court oil situation cost industry figure street image phone data picture practice piece land product"
).split(" ");

export type FamilyModel = { base: keyof typeof BASES; vocabulary: keyof typeof VOCABULARIES };

/** Answers of one synthetic model to `prompts` prompts ("question n about <topic>"), seeded by its name. */
export function familyDocuments(name: string, model: FamilyModel, prompts = 60): { ordinal: number; text: string; prompt: string }[] {
  const random = createRandom([...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const base = BASES[model.base];
  const words = VOCABULARIES[model.vocabulary];
  return Array.from({ length: prompts }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length];
    const lines = Array.from({ length: base.sentences }, () => {
      const out: string[] = [];
      for (let w = 0; w < 9; w++) out.push(w % 3 === 0 ? pick(base.glue) : w % 4 === 1 && random() < 0.55 ? pick(words) : pick(FILLER));
      out.splice(3, 0, topic);
      return `${out.join(" ")}.`;
    });
    return { ordinal: i, text: base.layout(lines, topic), prompt: `question ${i} about ${topic}` };
  });
}

export function familyCorpus(name: string, model: FamilyModel, prompts = 60): AnalysisCorpus {
  const documents = familyDocuments(name, model, prompts);
  return { id: name, name, model: name, features: computeFeatures(documents), documents };
}

/**
 * The sources of the family analysis. Only casual-bullets has the "bullets" form, so it is the student's base;
 * the others are impostors of their own vocabularies, enough of them (nine sources) that the calibration can
 * leave a teacher out often enough to reach its 90% threshold (calibration.ts, confidenceCeiling).
 */
export const FAMILY_SOURCES: Record<string, FamilyModel> = {
  "ornate-plain": { base: "plain", vocabulary: "ornate" },
  "casual-bullets": { base: "bullets", vocabulary: "casual" },
  "formal-headed": { base: "headed", vocabulary: "formal" },
  "technical-plain": { base: "plain", vocabulary: "technical" },
  "nautical-headed": { base: "headed", vocabulary: "nautical" },
  "culinary-plain": { base: "plain", vocabulary: "culinary" },
  "sporty-headed": { base: "headed", vocabulary: "sporty" },
  "musical-plain": { base: "plain", vocabulary: "musical" },
  "botanical-headed": { base: "headed", vocabulary: "botanical" },
};

/** The sources, a student of "ornate" on the "bullets" base, and a control of its own vocabulary on that base. */
export const familyAnalysis = () => ({
  sources: Object.entries(FAMILY_SOURCES).map(([name, model]) => familyCorpus(name, model)),
  candidates: [
    familyCorpus("student", { base: "bullets", vocabulary: "ornate" }),
    familyCorpus("control", { base: "bullets", vocabulary: "homely" }),
  ],
});
