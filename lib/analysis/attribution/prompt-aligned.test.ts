import { describe, expect, it } from "vitest";
import { alignCandidates } from "@/lib/analysis/attribution/prompt-aligned";
import { sparseCosine, type DocumentVectors } from "@/lib/analysis/attribution/document-vectors";
import { createRandom } from "@/lib/analysis/math/seeded-random";

/** Random sparse rows: corpus i has `rows[i]` rows over `dims` columns. */
function randomVectors(rows: number[], dims: number, seed: number): DocumentVectors {
  const random = createRandom(seed);
  const offsets = [0];
  const index: number[] = [];
  const values: number[] = [];
  const start: number[] = [];
  const docs: Uint32Array[] = [];
  let at = 0;
  for (const n of rows) {
    start.push(at);
    docs.push(Uint32Array.from({ length: n }, (_, d) => d));
    for (let r = 0; r < n; r++, at++) {
      for (let c = 0; c < dims; c++) {
        if (random() < 0.4) {
          index.push(c);
          values.push(Math.fround(random()));
        }
      }
      offsets.push(index.length);
    }
  }
  return { rows: { offsets: Uint32Array.from(offsets), index: Uint16Array.from(index), values: Float32Array.from(values), dims }, docs, start };
}

describe("alignCandidates", () => {
  it("picks, per shared prompt, the source whose answer is most alike (TF-IDF cosine)", () => {
    const vectors = randomVectors([6, 6, 6, 6], 40, 7);
    const keys = (prefix: string) => Array.from({ length: 6 }, (_, r) => [`${prefix}:p${r}`]);
    const rowKeys = [keys("id"), keys("id"), keys("id"), keys("id")];
    const [winners] = alignCandidates({ vectors, rowKeys, sources: [0, 1, 2], candidates: [3] });
    const scratch = new Float64Array(40);
    const expected = Array.from({ length: 6 }, (_, r) => {
      const sims = [0, 1, 2].map((s) => sparseCosine(vectors.rows, vectors.start[3] + r, vectors.start[s] + r, scratch));
      return sims.indexOf(Math.max(...sims));
    });
    expect(winners).toEqual(expected);
    expect(new Set(winners).size).toBeGreaterThan(1); // the fixture really tells the sources apart
  });

  it("skips prompts fewer than two sources answered and matches on any of a row's keys", () => {
    const vectors = randomVectors([2, 2, 3], 20, 11);
    const rowKeys = [
      [["id:a"], ["id:b"]],
      [["text:h-a"], ["id:c"]],
      // the candidate's first row is found by id in one source and by prompt text in the other; its second
      // prompt only one source answered; its third has no keys at all
      [["id:a", "text:h-a"], ["id:b"], []],
    ];
    const [winners] = alignCandidates({ vectors, rowKeys, sources: [0, 1], candidates: [2] });
    expect(winners).toHaveLength(1);
    const scratch = new Float64Array(20);
    const sims = [0, 1].map((s) => sparseCosine(vectors.rows, vectors.start[2], vectors.start[s], scratch));
    expect(winners[0]).toBe(sims.indexOf(Math.max(...sims)));
  });
});
