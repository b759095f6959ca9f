import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { computeFeatures, computePackedCompactFeatures, computePackedFeatures, FeatureAccumulator, FEATURE_VERSION, warmUpFingerprinting } from "@/lib/features/compute-features";
import { compactCharRows } from "@/lib/features/char-row-deltas";
import { unpackFeatures } from "@/lib/features/serialize-features";
import { computeFeaturesReference } from "@/test/support/compute-features-reference";

const docs = [
  { ordinal: 0, text: "The cat sat. The cat ran!", prompt: "P1" },
  { ordinal: 1, text: "the  cat", prompt: "P1" },
  { ordinal: 2, text: "A dog sat.", prompt: "P2" },
];

describe("computeFeatures", () => {
  const f = computeFeatures(docs);

  it("counts words, keeping count >= 2, with distinct prompts per word", () => {
    expect(f.version).toBe(FEATURE_VERSION);
    expect(f.tokens).toBe(11);
    expect(f.types).toBe(6);
    expect(f.unigrams.terms).toEqual(["cat", "the", "sat"]);
    expect([...f.unigrams.counts]).toEqual([3, 3, 2]);
    // "the" and "cat" only ever answer P1; "sat" answers P1 and P2.
    expect([...f.unigrams.prompts]).toEqual([1, 1, 2]);
  });

  it("counts bigrams and trigrams with count >= 2", () => {
    expect(f.bigrams.terms).toEqual(["the cat"]);
    expect([...f.bigrams.counts]).toEqual([3]);
    expect(f.trigrams.terms).toEqual([]);
  });

  it("keeps per-document rows over the corpus' top words", () => {
    expect(f.docWords.vocab).toEqual(["cat", "the", "sat", "a", "dog", "ran"]);
    const { offsets, index, counts } = f.docWords;
    expect([...index.subarray(offsets[0], offsets[1])]).toEqual([0, 1, 2, 5]);
    expect([...counts.subarray(offsets[0], offsets[1])]).toEqual([2, 2, 1, 1]);
    expect([...index.subarray(offsets[1], offsets[2])]).toEqual([0, 1]);
  });

  it("records document statistics and markers", () => {
    expect([...f.docs.tokens]).toEqual([6, 2, 3]);
    expect([...f.docs.sentences]).toEqual([2, 1, 1]);
    const ex = f.markerNames.indexOf("exclamation");
    expect(f.docs.markers[ex]).toBe(1);
    expect(f.docs.markers[f.markerNames.length + ex]).toBe(0);
    expect(f.docs.promptHashes[0]).toBe(f.docs.promptHashes[1]);
    expect(f.docs.promptHashes[0]).not.toBe(f.docs.promptHashes[2]);
  });

  it("counts char n-grams per corpus and per document", () => {
    // "the cat" (whitespace folded) has 5 + 4 + 3 = 12 char n-grams
    const row1 = f.docChars.offsets[2] - f.docChars.offsets[1];
    let sum = 0;
    for (let k = f.docChars.offsets[1]; k < f.docChars.offsets[2]; k++) sum += f.docChars.counts[k];
    expect(sum).toBe(12);
    expect(row1).toBeLessThanOrEqual(12);
    let total = 0;
    for (const c of f.chars.counts) total += c;
    expect(total).toBe(f.chars.total);
  });

  it("counts openers and closers shared by two or more responses", () => {
    const g = computeFeatures([
      { ordinal: 0, text: "Certainly! Here is it. I hope this helps!" },
      { ordinal: 1, text: "Certainly, here is more. I hope this helps." },
      { ordinal: 2, text: "No." },
    ]);
    expect(g.openers.terms).toEqual(["certainly here is"]);
    expect([...g.openers.counts]).toEqual([2]);
    expect(g.closers.terms).toEqual(["i hope this helps"]);
  });
});

// The streaming accumulator must give exactly what the previous one-shot implementation gave
// (test/support/compute-features-reference.ts), on documents that exercise every path: prompts repeated
// out of order, documents without prompts, markdown, non-ASCII text, empty texts, more documents than the
// char-row sample, and a vocabulary both under and over the per-document word limit.
describe("computeFeatures against the reference implementation", () => {
  const pieces = [
    "Certainly! Here's a **bold** claim — really.",
    "## Heading\n\n- one\n- two\n\n1. first\n2) second",
    "```ts\nlet x = 1;\n```\nUse `x` | a | b |\n|---|---|",
    "Café ﬁne ２０２４ naïve… \"quoted\" “curly” (aside); well: ok?",
    "I hope this helps! 🎉 Let me know... if you need more.",
    "state-of-the-art don’t it's rock'n'roll e.g. 3.14 _italic_ *also*",
    "",
    "   \n\n  \n",
  ];
  const random = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

  function corpus(documents: number, vocabulary: number, seed: number) {
    const rand = random(seed);
    return Array.from({ length: documents }, (_, i) => {
      const words = Array.from({ length: Math.floor(rand() * 60) }, () => `w${Math.floor(rand() ** 2 * vocabulary)}`);
      const text = `${pieces[i % pieces.length]} ${words.join(rand() < 0.5 ? " " : ", ")} ${pieces[(i * 7) % pieces.length]}`;
      const prompted = i % 5 !== 0;
      return { ordinal: i, text, prompt: prompted ? `prompt ${(i * 13) % 17}` : null, promptId: i % 3 === 0 && prompted ? `id-${i % 11}` : null };
    });
  }

  it.each([
    ["small vocabulary", 60, 50, 1],
    ["vocabulary over the row limit", 1500, 9000, 2],
    ["more documents than the char sample", 1300, 400, 3],
  ])("%s", (_name, documents, vocabulary, seed) => {
    const docs = corpus(documents, vocabulary, seed);
    // The reference predates language detection and the corpus' Chinese segmenter; everything else must be identical.
    const [{ languages: _languages, chineseSegmenter, ...got }, want] = [computeFeatures(docs), computeFeaturesReference(docs)];
    // isDeepStrictEqual first: toEqual walks large typed arrays slowly, and is only needed for the diff.
    if (!isDeepStrictEqual(got, want)) expect(got).toEqual(want);
    expect(got.documents).toBe(documents);
    expect(_languages[0]?.code).toBe("eng");
    expect(chineseSegmenter).toBe("icu");
  });

  it("gives the same fingerprints when a thread reuses its arrays from a larger corpus to a smaller one", () => {
    const [big, small] = [corpus(300, 2000, 4), corpus(40, 100, 5)];
    const packed = [big, small, big].map((c) => unpackFeatures(structuredClone(computePackedFeatures(c))));
    expect(isDeepStrictEqual(packed, [big, small, big].map(computeFeatures))).toBe(true);
  });

  it("writes compact char rows as compactCharRows codes the plain ones, also when a thread reuses its arrays", () => {
    const [big, small] = [corpus(300, 2000, 4), corpus(40, 100, 5)];
    const compact = [big, small, big].map((c) => unpackFeatures(structuredClone(computePackedCompactFeatures(c))));
    const plain = [big, small, big].map((c) => {
      const f = computeFeatures(c);
      return { ...f, docChars: compactCharRows(f.docChars) };
    });
    expect(compact.every((f) => f.docChars.deltas!.some((d) => d === 0))).toBe(true); // wide gaps are escaped too
    expect(isDeepStrictEqual(compact, plain)).toBe(true);
  });

  it("gives the same fingerprints before and after a thread's warm-up (nothing of it carries over)", () => {
    const [big, small] = [corpus(300, 2000, 6), corpus(40, 100, 7)];
    const before = [big, small].map((c) => unpackFeatures(structuredClone(computePackedCompactFeatures(c))));
    warmUpFingerprinting();
    const after = [big, small].map((c) => unpackFeatures(structuredClone(computePackedCompactFeatures(c))));
    expect(isDeepStrictEqual(after, before)).toBe(true);
    expect(after[0].unigrams.terms.some((t) => /^(привет|multifaceted|façade)$/.test(t))).toBe(false);
  });

  it("refuses more or fewer documents than announced", () => {
    const acc = new FeatureAccumulator(1);
    expect(() => acc.finish()).toThrow(/0 documents added, 1 announced/);
    acc.add({ ordinal: 0, text: "a" });
    expect(() => acc.add({ ordinal: 1, text: "b" })).toThrow(/more than the 1 documents announced/);
  });
});

describe("the Chinese segmenter, chosen once per corpus", () => {
  const chinese = "我是一个由深度求索公司开发的人工智能助手。人工智能可以帮助你。";
  const english = (n: number) => Array.from({ length: n }, (_, i) => ({ ordinal: i, text: `Answer ${i}: the model wrote a plain English reply here.` }));
  const words = (f: ReturnType<typeof computeFeatures>) => new Set(f.unigrams.terms);

  it("gives a Chinese corpus's documents to jieba, which keeps 人工智能 whole", () => {
    const f = computeFeatures([...english(3), { ordinal: 3, text: chinese }, { ordinal: 4, text: chinese }]);
    expect(f.chineseSegmenter).toBe("jieba");
    expect(words(f).has("人工智能")).toBe(true);
  });

  it("gives one Chinese answer in an English corpus to ICU, as Chinese quoted in English (no jieba dictionary)", () => {
    const f = computeFeatures([...english(199), { ordinal: 199, text: chinese }]);
    expect(f.chineseSegmenter).toBe("icu");
    expect(words(f).has("人工智能")).toBe(false);
    expect(words(f).has("人工")).toBe(true);
    expect(words(f).has("智能")).toBe(true);
  });
});
