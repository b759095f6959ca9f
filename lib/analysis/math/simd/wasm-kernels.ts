// The WebAssembly SIMD kernels (kernels.wat) and the memory they work in. Each arena is an instance with
// memory of its own, sized once by its user: memory that grew would detach the views handed out, so it
// never grows. The module is compiled once per thread; an arena is freed with its last view.
// WebAssembly memory is not given huge pages (glibc's hint, worker-process-env.ts, covers malloc only): on a
// machine slow to fault memory in, large arrays cost more here than in an ArrayBuffer, so arenas stay small.

import { KERNELS_WASM_BASE64 } from "@/lib/analysis/math/simd/kernels-wasm";

export type Kernels = {
  /** out[c] = bias[c] + Σ_k w[idx_k·classes + c] · val_k for every class c (pointers are byte offsets) */
  sparseScores(w: number, bias: number, classes: number, idx: number, val: number, n: number, out: number): void;
  /** w[idx_k·classes + c] −= val_k · p[c] for every class c */
  subtractScaled(w: number, classes: number, idx: number, val: number, n: number, p: number): void;
};

const PAGE = 65536;
/** Every region starts on a 16-byte boundary (a v128 load's natural alignment). */
const ALIGN = 16;

let compiled: WebAssembly.Module | null = null;

function kernelModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(Buffer.from(KERNELS_WASM_BASE64, "base64"));
  return compiled;
}

/** The bytes an arena needs for regions of these byte lengths (each rounded up to the alignment). */
export function arenaBytes(...byteLengths: number[]): number {
  return byteLengths.reduce((sum, n) => sum + Math.ceil(n / ALIGN) * ALIGN, 0);
}

export type Region<T> = { ptr: number; array: T };

export class KernelArena {
  readonly kernels: Kernels;
  private readonly buffer: ArrayBuffer;
  private used = 0;

  constructor(bytes: number) {
    const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
    this.kernels = new WebAssembly.Instance(kernelModule(), { env: { memory } }).exports as unknown as Kernels;
    this.buffer = memory.buffer;
  }

  f64(length: number): Region<Float64Array> {
    const ptr = this.take(8 * length);
    return { ptr, array: new Float64Array(this.buffer, ptr, length) };
  }

  f32(length: number): Region<Float32Array> {
    const ptr = this.take(4 * length);
    return { ptr, array: new Float32Array(this.buffer, ptr, length) };
  }

  u16(length: number): Region<Uint16Array> {
    const ptr = this.take(2 * length);
    return { ptr, array: new Uint16Array(this.buffer, ptr, length) };
  }

  private take(bytes: number): number {
    const ptr = this.used;
    const next = ptr + Math.ceil(bytes / ALIGN) * ALIGN;
    if (next > this.buffer.byteLength) throw new Error(`KernelArena: ${next} bytes asked of an arena of ${this.buffer.byteLength}; size it with arenaBytes().`);
    this.used = next;
    return ptr;
  }
}
