import { describe, expect, it } from "vitest";
import { buildAnalysisSpace } from "@/lib/analysis/attribution/analysis-space";
import { charRowBuckets, compactCharRows } from "@/lib/features/char-row-deltas";
import { computeFeatures, computePackedCompactFeatures } from "@/lib/features/compute-features";
import { unpackFeatures } from "@/lib/features/serialize-features";
import { toyCorpus } from "@/test/support/toy-corpora";

describe("compactCharRows", () => {
  it("codes every row's ascending buckets as gaps and reads them back, wide gaps and empty rows too", () => {
    const rows = {
      bits: 16,
      docs: Uint32Array.from([0, 1, 2, 3]),
      offsets: Uint32Array.from([0, 4, 4, 7, 8]),
      index: Uint16Array.from([0, 1, 255, 511, 3, 259, 65535, 65535]),
      counts: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]),
    };
    const compact = compactCharRows(rows);
    expect(compact.index.length).toBe(0);
    expect([...compact.counts]).toEqual([...rows.counts]);
    // gaps 1, 1, 254 (a byte each), 256 (escaped: 3 bytes); 4, 256 (escaped), 65276 (escaped); 65536 (escaped)
    expect(compact.deltas!.length).toBe(3 + 3 + 1 + 3 + 3 + 3);
    expect([...charRowBuckets(compact)]).toEqual([...rows.index]);
    expect(charRowBuckets(rows)).toBe(rows.index);
  });

  it("gives the analysis the same char rows as the plain form, also when moved back from a thread", () => {
    const plain = (["A", "B", "C"] as const).map((name) => computeFeatures(toyCorpus(name).documents!));
    const compact = plain.map((f) => ({ ...f, docChars: compactCharRows(f.docChars) }));
    const packed = (["A", "B", "C"] as const).map((name) => unpackFeatures(computePackedCompactFeatures(toyCorpus(name).documents!)));
    const chars = (all: typeof plain) => buildAnalysisSpace(all, null).views.map((v) => [[...v.chars.offsets], [...v.chars.index], [...v.chars.counts]]);
    expect(chars(compact)).toEqual(chars(plain));
    expect(chars(packed)).toEqual(chars(plain));
    expect(packed[0].docChars.index.length).toBe(0);
  });
});
