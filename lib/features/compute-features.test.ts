import { describe, expect, it } from "vitest";
import { computeFeatures, FEATURE_VERSION } from "@/lib/features/compute-features";

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
