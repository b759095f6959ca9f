import { describe, expect, it } from "vitest";
import { largeBuffer, OWN_MAPPING_BYTES } from "@/lib/features/large-buffer";
import { releaseBuffers } from "@/lib/threads/release-buffers";

describe("largeBuffer", () => {
  it("reserves past glibc's mmap threshold; small arrays stay on the ordinary allocator", () => {
    expect(largeBuffer(3 * 2 ** 20).byteLength).toBe(OWN_MAPPING_BYTES);
    expect(largeBuffer(100).byteLength).toBe(100);
  });

  it("can be released early, as the analysis releases its char rows", async () => {
    const buffer = largeBuffer(2 * 2 ** 20);
    new Uint16Array(buffer).fill(7);
    await releaseBuffers([buffer]);
    expect(buffer.byteLength).toBe(0);
  });
});
