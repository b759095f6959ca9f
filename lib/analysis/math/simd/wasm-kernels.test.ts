import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { arenaBytes, KernelArena } from "@/lib/analysis/math/simd/wasm-kernels";

// The kernels' arithmetic is tested against plain loops, bit for bit, in logistic-regression.test.ts.
describe("the WebAssembly kernels", () => {
  it("kernels-wasm.ts is what kernels.wat assembles to", () => {
    const script = path.resolve(__dirname, "../../../../scripts/build-wasm-kernels.mjs");
    // --check exits non-zero (and execFileSync throws) when the committed module differs
    expect(() => execFileSync("node", [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("lays regions out aligned, and refuses more than the arena was sized for", () => {
    const arena = new KernelArena(arenaBytes(8 * 3, 2 * 5));
    const a = arena.f64(3);
    const b = arena.u16(5);
    expect([a.ptr % 16, b.ptr % 16, b.ptr >= a.ptr + 24]).toEqual([0, 0, true]);
    const full = new KernelArena(65536);
    full.f32(16384);
    expect(() => full.f32(1)).toThrow(/asked of an arena of 65536/);
  });

  it("scores a sparse row for every class", () => {
    const classes = 3;
    const arena = new KernelArena(arenaBytes(8 * 2 * classes, 8 * classes, 4, 8, 8 * classes));
    const w = arena.f64(2 * classes);
    w.array.set([1, 2, 3, 10, 20, 30]); // column 0, then column 1
    const bias = arena.f64(classes);
    bias.array.set([0.5, 0, -1]);
    const idx = arena.u16(2);
    idx.array.set([1, 0]);
    const val = arena.f32(2);
    val.array.set([2, 0.5]);
    const out = arena.f64(classes);
    arena.kernels.sparseScores(w.ptr, bias.ptr, classes, idx.ptr, val.ptr, 2, out.ptr);
    expect(Array.from(out.array)).toEqual([0.5 + 20 + 0.5, 40 + 1, -1 + 60 + 1.5]);
    arena.kernels.subtractScaled(w.ptr, classes, idx.ptr, val.ptr, 2, out.ptr);
    expect(Array.from(w.array)).toEqual([1 - 0.5 * 21, 2 - 0.5 * 41, 3 - 0.5 * 60.5, 10 - 2 * 21, 20 - 2 * 41, 30 - 2 * 60.5]);
  });
});
