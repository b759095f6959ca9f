import { describe, expect, it } from "vitest";
import { buildAnalysisSpace } from "@/lib/analysis/attribution/analysis-space";
import { computeFeatures, type CorpusFeatures } from "@/lib/features/compute-features";
import { forEachCharNgram } from "@/lib/text/char-ngrams";
import { CharBuffer, foldNormalized } from "@/lib/text/fold-text";
import { textOf } from "@/test/support/compute-features-reference";
import { SPACE } from "@/lib/analysis/params";
import { deserializeFeatures, serializeFeatures } from "@/lib/features/serialize-features";
import { encodedTermsOf } from "@/lib/features/term-list-bytes";

const texts = (seed: number) =>
  Array.from({ length: 40 }, (_, i) => `Answer ${i}: the ${["quick", "slow", "red", "blue"][(i + seed) % 4]} fox — ${"jumps ".repeat(1 + ((i * seed) % 5))}over ${seed} dogs.`);

/** The corpus char counts as fingerprints stored before December 2026 held them: 2^18 buckets. */
function wideChars(docs: string[]): CorpusFeatures["chars"] {
  const counts = new Map<number, number>();
  let total = 0;
  const folded = new CharBuffer();
  for (const text of docs) {
    foldNormalized(text, folded);
    forEachCharNgram(textOf(folded.data, folded.length), (b) => {
      counts.set(b, (counts.get(b) ?? 0) + 1);
      total++;
    }, 18);
  }
  const index = Uint32Array.from([...counts.keys()].sort((a, b) => a - b));
  return { bits: 18, index, counts: Uint32Array.from(index, (b) => counts.get(b)!), total };
}

describe("buildAnalysisSpace", () => {
  it("ranks a stored fingerprint's words as bytes into the same space, naming only the words it keeps", () => {
    // Many words tie (the same relative frequency): they are ordered by name, non-ASCII ones too.
    const words = Array.from({ length: 4000 }, (_, i) => `${["mot", "wört", "word", "café"][i % 4]}${i.toString(36)}`);
    const corpora = [0, 1, 2].map((seed) =>
      computeFeatures(Array.from({ length: 30 }, (_, d) => ({ ordinal: d, text: words.filter((_, i) => (i + d + seed) % 7 < 3).join(" "), prompt: null, promptId: null }))),
    );
    const stored = corpora.map((f) => deserializeFeatures(serializeFeatures(f)));
    const fromMemory = buildAnalysisSpace(corpora, null);
    const fromStored = buildAnalysisSpace(stored, null);
    expect(fromMemory.words.length).toBeGreaterThan(SPACE.words - 1);
    expect(fromStored.words).toEqual(fromMemory.words);
    expect(fromStored.views.map((v) => v.words)).toEqual(fromMemory.views.map((v) => v.words));
    for (const f of stored) expect(encodedTermsOf(f.unigrams)).not.toBeNull();
  });
  it("reads corpus char counts of an older fingerprint (2^18 buckets) as the same space as the current 2^16", () => {
    const corpora = [texts(1), texts(2), texts(3)];
    const current = corpora.map((docs) => computeFeatures(docs.map((text, ordinal) => ({ ordinal, text, prompt: null, promptId: null }))));
    const older = current.map((f, i) => ({ ...f, chars: wideChars(corpora[i]) }));
    expect(current[0].chars.bits).toBe(16);
    expect(older[0].chars.total).toBe(current[0].chars.total);
    const a = buildAnalysisSpace(current, null);
    const b = buildAnalysisSpace(older, null);
    expect(b.charCount).toBe(a.charCount);
    expect([...b.charColumn]).toEqual([...a.charColumn]);
    expect(b.views.map((v) => [...v.chars.index])).toEqual(a.views.map((v) => [...v.chars.index]));
  });
});
