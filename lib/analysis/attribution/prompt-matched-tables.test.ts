import { describe, expect, it } from "vitest";
import { similarities, type ReplicateTables } from "@/lib/analysis/attribution/bootstrap-replicates";
import { replaceGroupRows } from "@/lib/analysis/attribution/prompt-matched-tables";

const table = (rows: number[][], scale: number): ReplicateTables => ({
  pairs: { "jensen-shannon": rows, "log-odds-correlation": rows.map((r) => r.map((v) => 1 - v)) },
  scales: { "jensen-shannon": scale, "log-odds-correlation": scale },
  all: [],
});

describe("replaceGroupRows", () => {
  it("gives a group's candidates their rows of the group's table, each read in that table's unit", () => {
    const analysis = table([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], 2);
    const group = table([[0.9, 0.8], [0.7, 0.6]], 5);
    replaceGroupRows(analysis, [{ candidates: [2, 0], tables: group }]);
    expect(analysis.pairs["jensen-shannon"]).toEqual([[0.7, 0.6], [0.3, 0.4], [0.9, 0.8]]);
    expect(analysis.pairs["log-odds-correlation"]![2]).toEqual([1 - 0.9, 1 - 0.8]);
    expect(similarities(analysis, 2, null, null, 0)["jensen-shannon"]).toEqual({ values: [-0.9, -0.8], scale: 5 });
    expect(similarities(analysis, 1, null, null, 0)["jensen-shannon"]).toEqual({ values: [-0.3, -0.4], scale: 2 });
  });
});
