import { describe, expect, it } from "vitest";
import { largeBuffer, mappedBuffer, OWN_MAPPING_BYTES } from "@/lib/features/large-buffer";
import { releaseBuffers } from "@/lib/threads/release-buffers";

describe("largeBuffer and mappedBuffer", () => {
  it("largeBuffer reserves past glibc's mmap threshold; mappedBuffer is exactly the size asked for", () => {
    const bytes = 3 * 2 ** 20;
    expect(largeBuffer(bytes).byteLength).toBe(OWN_MAPPING_BYTES);
    const mapped = mappedBuffer(bytes);
    // Counted by V8 at its length: no padding to push the next full collection closer.
    expect(mapped.byteLength).toBe(bytes);
    expect(mapped.resizable).toBe(true);
    expect(mappedBuffer(100).resizable).toBe(false); // small arrays stay on the ordinary allocator
  });

  it("a mapped buffer can be released early, as the analysis releases its char rows", async () => {
    const buffer = mappedBuffer(2 * 2 ** 20);
    new Uint16Array(buffer).fill(7);
    await releaseBuffers([buffer]);
    expect(buffer.byteLength).toBe(0);
  });
});
