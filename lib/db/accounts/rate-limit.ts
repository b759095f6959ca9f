import { getDb } from "../client";

// Fixed-window counters in the database, so every server process and worker sees the same numbers.

export type LimitState = { allowed: boolean; retryAfterMs: number };

/** Counts one hit on `key`; refused once `limit` hits fall in the current window of `windowMs`. */
export async function hitRateLimit(key: string, limit: number, windowMs: number, now = new Date()): Promise<LimitState> {
  const db = await getDb();
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || now.getTime() - row.windowStart.getTime() >= windowMs) {
    await db.rateLimit.upsert({ where: { key }, create: { key, count: 1, windowStart: now }, update: { count: 1, windowStart: now, blockedUntil: null } });
    return { allowed: true, retryAfterMs: 0 };
  }
  const retryAfterMs = row.windowStart.getTime() + windowMs - now.getTime();
  if (row.count >= limit) return { allowed: false, retryAfterMs };
  // Conditional increment: two requests racing for the last slot cannot both win.
  const { count } = await db.rateLimit.updateMany({ where: { key, count: { lt: limit }, windowStart: row.windowStart }, data: { count: { increment: 1 } } });
  return count === 1 ? { allowed: true, retryAfterMs: 0 } : { allowed: false, retryAfterMs };
}

/** How long `key` is still blocked (0 when it is not). */
export async function blockedFor(key: string, now = new Date()): Promise<number> {
  const db = await getDb();
  const row = await db.rateLimit.findUnique({ where: { key }, select: { blockedUntil: true } });
  return row?.blockedUntil ? Math.max(0, row.blockedUntil.getTime() - now.getTime()) : 0;
}

/** Records a failure; the `max`-th failure within `windowMs` blocks the key for `blockMs`. */
export async function recordFailure(key: string, max: number, windowMs: number, blockMs: number, now = new Date()): Promise<number> {
  const db = await getDb();
  const row = await db.rateLimit.findUnique({ where: { key } });
  const fresh = !row || now.getTime() - row.windowStart.getTime() >= windowMs || (row.blockedUntil !== null && row.blockedUntil <= now);
  const count = fresh ? 1 : row.count + 1;
  const blockedUntil = count >= max ? new Date(now.getTime() + blockMs) : null;
  await db.rateLimit.upsert({
    where: { key },
    create: { key, count, windowStart: now, blockedUntil },
    update: { count, blockedUntil, ...(fresh ? { windowStart: now } : {}) },
  });
  return count;
}

export async function clearRateLimit(key: string): Promise<void> {
  const db = await getDb();
  await db.rateLimit.deleteMany({ where: { key } });
}
