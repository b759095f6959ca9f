import { describe, expect, it } from "vitest";
import { CharRowArena } from "@/lib/analysis/attribution/char-row-arena";

/** Writes `n` entries (index 100+k, count k+1), keeping those with an even k, as mapCharRows keeps columns. */
function fill(arena: CharRowArena, view: number, n: number) {
  const room = arena.take(view, n);
  let kept = 0;
  for (let k = 0; k < n; k++) {
    room.index[kept] = 100 + k;
    room.counts[kept] = k + 1;
    if (k % 2 === 0) kept++;
  }
  return room.commit(kept);
}

describe("CharRowArena", () => {
  it("packs each view's kept entries, views side by side without overlap, on plain buffers", () => {
    const arena = new CharRowArena();
    const a = fill(arena, 0, 7); // 4 kept: an even count
    const b = fill(arena, 1, 5); // 3 kept: odd, the next view's indices must stay 2-byte aligned
    const c = fill(arena, 2, 9);
    expect([...a.index]).toEqual([100, 102, 104, 106]);
    expect([...a.counts]).toEqual([1, 3, 5, 7]);
    expect([...b.index]).toEqual([100, 102, 104]);
    expect([...b.counts]).toEqual([1, 3, 5]);
    expect([...c.index]).toEqual([100, 102, 104, 106, 108]);
    expect([...c.counts]).toEqual([1, 3, 5, 7, 9]);
    expect(a.index.buffer).toBe(c.index.buffer);
    expect((a.index.buffer as ArrayBuffer).resizable).toBe(false); // typed arrays on resizable buffers are 2-3x slower in Node 20
  });

  it("keeps a buffer until every view in it is released, and starts a new buffer after four views", async () => {
    const arena = new CharRowArena();
    const rows = [0, 1, 2, 3, 4].map((v) => fill(arena, v, 10));
    expect(rows[4].index.buffer).not.toBe(rows[0].index.buffer);
    for (const v of [0, 1, 2]) await arena.release(v);
    expect([...rows[3].index]).toEqual([100, 102, 104, 106, 108]); // a view still read keeps the buffer whole
    await arena.release(3);
    expect(rows[0].index.length).toBe(0); // the buffer went back: every view on it is empty
    expect(rows[3].counts.length).toBe(0);
    expect([...rows[4].index]).toEqual([100, 102, 104, 106, 108]);
  });
});
