/** Lets a caller look at the first bytes of a chunk stream and then read the whole stream from the start. */
export class Peekable {
  private readonly iterator: AsyncIterator<Buffer>;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private ended = false;

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** At least `bytes` bytes from the start (fewer at the end of the stream). */
  async peek(bytes: number): Promise<{ head: Buffer; eof: boolean }> {
    while (!this.ended && this.bufferedBytes < bytes) {
      const next = await this.iterator.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      this.buffered.push(next.value);
      this.bufferedBytes += next.value.length;
    }
    if (this.buffered.length > 1) this.buffered = [Buffer.concat(this.buffered)];
    return { head: this.buffered[0] ?? Buffer.alloc(0), eof: this.ended };
  }

  /** The whole stream, starting with the peeked bytes. */
  async *chunks(): AsyncGenerator<Buffer> {
    try {
      const buffered = this.buffered;
      this.buffered = [];
      for (const chunk of buffered) yield chunk;
      while (!this.ended) {
        const next = await this.iterator.next();
        if (next.done) break;
        yield next.value;
      }
    } finally {
      await this.close();
    }
  }

  /** Releases the underlying stream (closing files) when the rest is not wanted. */
  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.iterator.return?.();
  }
}
