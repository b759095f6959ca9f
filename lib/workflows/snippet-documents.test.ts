import { describe, expect, it } from "vitest";
import type { AnalysisCorpus } from "@/lib/analysis/analyze";
import { loadSnippetDocumentsAhead, type FileCorpus } from "./snippet-documents";

/** Corpora that read their texts again (as file corpora do), logging each read as it starts. */
function corpora(n: number, failing = -1): { list: FileCorpus[]; reads: number[] } {
  const reads: number[] = [];
  const list = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    name: `corpus ${i}`,
    model: "m",
    features: {} as AnalysisCorpus["features"],
    readDocuments: async () => {
      reads.push(i);
      if (i === failing) throw new Error(`corpus ${i} unreadable`);
      return [{ ordinal: 0, text: `text of ${i}` }];
    },
  }));
  return { list, reads };
}

describe("loadSnippetDocumentsAhead", () => {
  it("gives each corpus its own texts and starts reading only the next one ahead", async () => {
    const { list, reads } = corpora(3);
    const load = loadSnippetDocumentsAhead(list);
    expect(await load(list[0])).toEqual([{ ordinal: 0, text: "text of 0" }]);
    expect(reads).toEqual([0, 1]);
    expect(await load(list[1])).toEqual([{ ordinal: 0, text: "text of 1" }]);
    expect(reads).toEqual([0, 1, 2]);
    expect(await load(list[2])).toEqual([{ ordinal: 0, text: "text of 2" }]);
    expect(reads).toEqual([0, 1, 2]); // each read once; none past the last
  });

  it("reports a read-ahead failure when that corpus is asked for, not before", async () => {
    const { list } = corpora(2, 1);
    const load = loadSnippetDocumentsAhead(list);
    expect(await load(list[0])).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 10)); // an unhandled rejection would fail the run here
    await expect(load(list[1])).rejects.toThrow("corpus 1 unreadable");
  });
});
