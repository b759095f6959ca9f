import { once } from "node:events";
import { MessageChannel } from "node:worker_threads";

/**
 * Frees ArrayBuffers now rather than at the next full garbage collection, which may come only after the
 * analysis has allocated its largest arrays on top: they are moved into a message on a channel that is
 * closed unread, and the message's memory goes with it; the promise resolves once it has. Every view on
 * them becomes empty, so only pass buffers that nothing will read again. Buffers that cannot be moved are
 * left to the collector.
 */
export function releaseBuffers(buffers: Iterable<ArrayBufferLike>): Promise<void> {
  const movable = [...new Set(buffers)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer && b.byteLength > 0);
  if (movable.length === 0) return Promise.resolve();
  const { port1, port2 } = new MessageChannel();
  const closed = once(port2, "close").then(() => undefined);
  try {
    port1.postMessage(null, movable);
  } catch {
    // e.g. a pooled Buffer's memory, which Node does not let move: the collector frees it later.
  }
  port2.close();
  return closed;
}
