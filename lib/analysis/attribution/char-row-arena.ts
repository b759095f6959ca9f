// Buffers for the analysis' char rows, a few corpora to a buffer with a mapping of its own (largeBuffer):
// untouched pages cost address space only, so each corpus is written into room for all its stored entries
// and its rows then packed down to what it kept. The buffers are plain ArrayBuffers because V8 (Node 20)
// reads and writes typed arrays on resizable buffers 2-3 times slower, and these rows are read
// three times on the analysis' critical path. A handful of corpora to a buffer keeps their external memory
// from starting a full collection per corpus, and a buffer goes back to the system as soon as the last
// reader of its corpora is done with them.

import { largeBuffer } from "@/lib/features/large-buffer";
import { releaseBuffers } from "@/lib/threads/release-buffers";

const VIEWS_PER_BUFFER = 4;

type Chunk = { buffer: ArrayBuffer; used: number; views: number; open: number };

/** Room for one view's rows: write entries to index and counts, then commit how many are kept. */
export class CharRowRoom {
  readonly index: Uint16Array;
  readonly counts: Uint8Array;

  constructor(
    private readonly chunk: Chunk,
    private readonly start: number,
    bound: number,
  ) {
    this.index = new Uint16Array(chunk.buffer, start, bound);
    this.counts = new Uint8Array(chunk.buffer, start + 2 * bound, bound);
  }

  /** Keeps the first `kept` entries written; returns them, packed. (A method, not a closure per view: one call target.) */
  commit(kept: number): { index: Uint16Array; counts: Uint8Array } {
    const packed = new Uint8Array(this.chunk.buffer, this.start + 2 * kept, kept);
    packed.set(this.counts.subarray(0, kept));
    this.chunk.used = this.start + 3 * kept + (kept & 1);
    return { index: this.index.subarray(0, kept), counts: packed };
  }
}

export class CharRowArena {
  private current: Chunk | null = null;
  private readonly chunkOf = new Map<number, Chunk>();

  /** Room for `bound` entries of view `view`. */
  take(view: number, bound: number): CharRowRoom {
    const need = 3 * bound + 1; // 2-byte indices, 1-byte counts, 1 byte to keep the next view's indices aligned
    let chunk = this.current;
    if (!chunk || chunk.views === VIEWS_PER_BUFFER || chunk.open === 0 || chunk.used + need > chunk.buffer.byteLength) {
      chunk = this.current = { buffer: largeBuffer(need * VIEWS_PER_BUFFER), used: 0, views: 0, open: 0 };
    }
    chunk.views++;
    chunk.open++;
    this.chunkOf.set(view, chunk);
    return new CharRowRoom(chunk, chunk.used, bound);
  }

  /** View `view`'s rows will not be read again; its buffer goes once no view in it is still read. */
  release(view: number): Promise<void> {
    const chunk = this.chunkOf.get(view);
    if (!chunk) return Promise.resolve();
    this.chunkOf.delete(view);
    chunk.open--;
    return chunk.open === 0 ? releaseBuffers([chunk.buffer]) : Promise.resolve();
  }
}
