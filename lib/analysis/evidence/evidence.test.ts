import { describe, expect, it } from "vitest";
import { computeFeatures } from "@/lib/features/compute-features";
import { buildTermIndex, evidenceForCandidate, evidenceTerms, withHumanRates } from "@/lib/analysis/evidence/evidence-terms";
import { humanReferenceFromCounts } from "@/lib/analysis/human-reference";
import { findSnippets, termPattern } from "@/lib/analysis/evidence/keyword-in-context";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { encodedTermsOf } from "@/lib/features/term-list-bytes";

const corpus = (texts: string[]) => computeFeatures(texts.map((text, ordinal) => ({ ordinal, text })));

describe("evidenceTerms", () => {
  // Candidate and source A both say "delve"; source B never does; "the" is everywhere.
  const filler = "the cat and the dog and the bird";
  const a = corpus(Array.from({ length: 10 }, () => `we delve into it; ${filler}`));
  const b = corpus(Array.from({ length: 10 }, () => `we look into it; ${filler}`));
  const cand = corpus(Array.from({ length: 10 }, () => `let us delve deeper; ${filler}`));
  const index = buildTermIndex([cand, a, b]);

  it("keeps terms over-used by both candidate and source against the other sources", () => {
    const terms = evidenceTerms(index, 0, 1, [1, 2], null, { alpha0: 10 });
    expect(terms.map((t) => t.term)).toContain("delve");
    expect(terms.map((t) => t.term)).not.toContain("the");
    const delve = terms.find((t) => t.term === "delve")!;
    expect(delve.candidateCount).toBe(10);
    expect(delve.sourceCount).toBe(10);
    expect(delve.otherSourcesPerMillion).toBe(0);
    // candidate: 10 per 120 tokens (12 a doc)
    expect(delve.candidatePerMillion).toBeCloseTo(1e6 / 12);
  });
  it("gives the same evidence from an index built for the candidate alone", () => {
    const focused = buildTermIndex([cand, a, b], new Set(), { corpora: [0], minCount: 3 });
    for (const source of [1, 2]) {
      expect(evidenceTerms(focused, 0, source, [1, 2], null, { alpha0: 10 })).toEqual(evidenceTerms(index, 0, source, [1, 2], null, { alpha0: 10 }));
    }
    expect(focused[0].terms.length).toBeLessThan(index[0].terms.length); // "look" is only B's
    expect(() => evidenceTerms(focused, 1, 2, [2], null)).toThrow(/not for corpus 1/);
  });
  it("gives stored fingerprints the same evidence without making strings of the sources' phrase tables", () => {
    const phrases = (words: string) => corpus(Array.from({ length: 12 }, (_, i) => `${words} number ${i % 4}; ${filler}, as ${words} goes`));
    const memory = [phrases("we delve into the rich tapestry"), phrases("we delve into the rich tapestry of it"), phrases("we look into the plain cloth"), cand];
    const stored = memory.map((f) => deserializeFeatures(serializeFeatures(f)));
    const focus = { corpora: [0], minCount: 3 };
    const evidence = (corpora: typeof memory) => evidenceForCandidate(buildTermIndex(corpora, new Set(["the", "and"]), focus), 0, [1, 2, 3], null, { alpha0: 10 });
    const fromMemory = evidence(memory);
    expect(fromMemory[0].some((t) => t.kind === "trigram")).toBe(true);
    expect(evidence(stored)).toEqual(fromMemory);
    for (const f of stored.slice(1)) expect(encodedTermsOf(f.bigrams) && encodedTermsOf(f.trigrams)).not.toBeNull();
  });
  it("adds human rates afterwards as finding the terms with the reference would", () => {
    const human = humanReferenceFromCounts("toy", [{ word: "delve", count: 3 }, { word: "the", count: 50 }, { word: "cat", count: 47 }]);
    const withHuman = evidenceForCandidate(index, 0, [1, 2], human, { alpha0: 10 });
    expect(withHuman[0].find((t) => t.term === "delve")!.humanPerMillion).toBeCloseTo(3e4);
    expect(evidenceForCandidate(index, 0, [1, 2], null, { alpha0: 10 }).map((terms) => withHumanRates(terms, human))).toEqual(withHuman);
  });
  it("finds nothing that ties the candidate to the other source", () => {
    expect(evidenceTerms(index, 0, 2, [1, 2], null, { alpha0: 10 }).map((t) => t.term)).not.toContain("look");
  });
  it("leaves out a word both over-use only slightly, however significant", () => {
    // "so": 6 per 10-word document in the candidate and in A, 5 in B (1.2×), over 300 documents each
    const text = (so: number) => `${"so ".repeat(so)}${"x ".repeat(10 - so)}`;
    const big = (so: number) => corpus(Array.from({ length: 300 }, () => text(so)));
    const slight = buildTermIndex([big(6), big(6), big(5)]);
    const terms = (minRatio?: number) => evidenceTerms(slight, 0, 1, [1, 2], null, { alpha0: 10, ...(minRatio ? { minRatio } : {}) }).map((t) => t.term);
    expect(terms(1)).toContain("so"); // the z test alone lets it through
    expect(terms()).not.toContain("so"); // 1.2× is under the default 1.5×
  });
});

describe("evidenceForCandidate", () => {
  it("keeps each kind's best terms as a full sort would, whatever order they are found in", () => {
    const shared = Array.from({ length: 40 }, (_, i) => `habit${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    // The candidate's table lists its most frequent words first; the source uses those least, so the best
    // scores (the smaller of the two sides' z) are found after the lists are full.
    const docs = (words: string[], times: (i: number, d: number) => number) =>
      Array.from({ length: 40 }, (_, d) => `${words.map((w, i) => `${w} `.repeat(times(i, d))).join("")} the cat sat on the mat`);
    const other = shared.map((w) => w.replace("habit", "other"));
    const index = buildTermIndex([
      corpus(docs(shared, (i, d) => 1 + (i % 6) + (d % 2))),
      corpus(docs(shared, (i, d) => 6 - (i % 6) + (d % 2))),
      corpus(docs(other, (i) => 1 + (i % 3))),
    ]);
    const all = evidenceForCandidate(index, 0, [1, 2], null, { perKind: 1000, top: 10000, alpha0: 10 })[0];
    const few = evidenceForCandidate(index, 0, [1, 2], null, { perKind: 3, top: 10000, alpha0: 10 })[0];
    expect(all.filter((t) => t.kind === "word").length).toBeGreaterThan(20); // scores tied in groups of words, and not
    expect(new Set(all.filter((t) => t.kind === "word").map((t) => t.score)).size).toBeGreaterThan(3);
    for (const kind of ["word", "bigram", "trigram", "opener", "closer"]) {
      expect(few.filter((t) => t.kind === kind), kind).toEqual(all.filter((t) => t.kind === kind).slice(0, 3));
    }
  });
});

describe("evidence follows inheritance", () => {
  // 40 prompts. Candidate and source A both say "delve" in every answer (a habit), and "teaspoon" many
  // times in the answers to two recipe prompts (the prompts' topic); B says neither. "we" is a function word.
  const answers = (habit: string, recipe: boolean) =>
    computeFeatures(
      Array.from({ length: 40 }, (_, i) => ({
        ordinal: i,
        prompt: `prompt ${i}`,
        text: `we ${habit} into topic ${i} we we` + (recipe && i < 2 ? " teaspoon".repeat(12) : ""),
      })),
    );
  const corpora = [answers("delve", true), answers("delve", true), answers("look", false)];
  const terms = (functionWords: Set<string>) => evidenceTerms(buildTermIndex(corpora, functionWords), 0, 1, [1, 2], null, { alpha0: 10 });

  it("flags a term found in few prompts' answers as a prompt topic and ranks it below the habits", () => {
    const found = terms(new Set());
    const teaspoon = found.find((t) => t.term === "teaspoon")!;
    const delve = found.find((t) => t.term === "delve")!;
    expect(teaspoon.promptTopic).toBe(true);
    expect(delve.promptTopic).toBe(false);
    expect(found.indexOf(delve)).toBeLessThan(found.indexOf(teaspoon));
  });
  it("leaves out the analysis' function words and phrases made only of them", () => {
    expect(terms(new Set(["we", "into"])).map((t) => t.term)).not.toContain("we");
    expect(terms(new Set(["we", "into"])).map((t) => t.term)).toContain("delve");
  });
});

describe("findSnippets", () => {
  it("matches across punctuation and returns left and right context", () => {
    const docs = [
      { ordinal: 4, text: "Nothing here." },
      { ordinal: 7, text: "Well — I hope this, helps you today." },
    ];
    const s = findSnippets("c", docs, "i hope this helps", 2, 5);
    expect(s).toEqual([{ corpus: "c", documentOrdinal: 7, left: "ll — ", match: "I hope this, helps", right: " you " }]);
  });
  it("respects word boundaries and typographic apostrophes", () => {
    expect(termPattern("cat").test("concatenate")).toBe(false);
    expect(termPattern("don't").test("Don’t")).toBe(true);
  });
});

describe("evidenceForCandidate", () => {
  it("gives, per source, the same terms as the pairwise evidenceTerms", async () => {
    const { evidenceForCandidate } = await import("@/lib/analysis/evidence/evidence-terms");
    const a = corpus(Array.from({ length: 10 }, (_, i) => `we delve into it ${i}; the tapestry and the cat`));
    const b = corpus(Array.from({ length: 10 }, (_, i) => `we look into it ${i}; a mosaic and the dog`));
    const cand = corpus(Array.from({ length: 10 }, (_, i) => `we delve deeper ${i}; a mosaic and the cat`));
    const index = buildTermIndex([cand, a, b]);
    const all = evidenceForCandidate(index, 0, [1, 2], null, { alpha0: 10 });
    expect(all[0].map((t) => t.term)).toContain("delve");
    expect(all[1].map((t) => t.term)).toContain("mosaic");
    expect(all[0]).toEqual(evidenceTerms(index, 0, 1, [1, 2], null, { alpha0: 10 }));
    expect(all[1]).toEqual(evidenceTerms(index, 0, 2, [1, 2], null, { alpha0: 10 }));
  });
});

describe("findSnippetsForTerms", () => {
  it("finds every term in one pass, capped per term", async () => {
    const { findSnippetsForTerms } = await import("@/lib/analysis/evidence/keyword-in-context");
    const docs = [
      { ordinal: 0, text: "Delve in. The TAPESTRY." },
      { ordinal: 1, text: "delve again" },
      { ordinal: 2, text: "a third delve, and don’t stop" },
    ];
    const found = findSnippetsForTerms("c", docs, ["delve", "tapestry", "don't", "absent"], 2, 3);
    expect(found.get("delve")!.map((s) => s.documentOrdinal)).toEqual([0, 1]);
    expect(found.get("tapestry")).toEqual([{ corpus: "c", documentOrdinal: 0, left: "he ", match: "TAPESTRY", right: "." }]);
    expect(found.get("don't")![0].match).toBe("don’t");
    expect(found.get("absent")).toEqual([]);
  });
  it("matches like termPattern: unicode word boundaries, separators, apostrophes, and texts whose lowercase grows", async () => {
    const { findSnippetsForTerms } = await import("@/lib/analysis/evidence/keyword-in-context");
    const docs = [
      { ordinal: 0, text: "concatenate the écat and cat\u00e9" },
      { ordinal: 1, text: "I\u2019LL \u{1F600} E-MAIL a cat" },
      { ordinal: 2, text: "\u0130 see: i'll e-mail the cat" },
    ];
    const found = findSnippetsForTerms("c", docs, ["cat", "i'll e-mail"], 2, 4);
    // é is a letter, so "écat" and "caté" are not "cat"; doc 2's lowercase is one character longer (İ → i̇)
    expect(found.get("cat")!.map((s) => [s.documentOrdinal, s.left])).toEqual([
      [1, "L a "],
      [2, "the "],
    ]);
    expect(found.get("i'll e-mail")!.map((s) => s.match)).toEqual(["I\u2019LL \u{1F600} E-MAIL", "i'll e-mail"]);
  });
});
