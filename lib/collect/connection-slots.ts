// Requests in flight per connection, shared by every run of this process that uses the connection: two
// models collected through one key together stay within that connection's concurrency.

type Slots = { limit: number; used: number; waiting: (() => void)[] };
const byConnection = new Map<string, Slots>();

export async function acquireSlot(connectionKey: string, limit: number): Promise<() => void> {
  let slots = byConnection.get(connectionKey);
  if (!slots) byConnection.set(connectionKey, (slots = { limit, used: 0, waiting: [] }));
  slots.limit = Math.min(slots.limit, limit);
  while (slots.used >= slots.limit) await new Promise<void>((resolve) => slots!.waiting.push(resolve));
  slots.used += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    slots!.used -= 1;
    slots!.waiting.shift()?.();
    if (slots!.used === 0 && slots!.waiting.length === 0) byConnection.delete(connectionKey);
  };
}
