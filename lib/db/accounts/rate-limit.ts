import { RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getDriver, writeWithDriver, type Driver } from "../driver-connection";

// Rate limits and login throttling with rate-limiter-flexible on the app's own database (the
// rate_limit_counter table from the migrations). Each hit is one atomic upsert that counts and returns the
// new count, so concurrent requests (any number of server processes) can neither lose a count nor both take
// the last slot. Fixed windows: the first hit starts one of `durationMs`; hits past the limit still count.

export type LimitRule = { points: number; durationMs: number };

export type LimitState = { allowed: boolean; retryAfterMs: number; consumed: number };

const TABLE = "rate_limit_counter";
const limiters = new WeakMap<object, Map<string, RateLimiterAbstract>>();

async function limiterFor(rule: LimitRule): Promise<RateLimiterAbstract> {
  const driver = await getDriver();
  const client = clientOf(driver);
  let byRule = limiters.get(client);
  if (!byRule) limiters.set(client, (byRule = new Map()));
  const id = `${rule.points}/${rule.durationMs}`;
  let limiter = byRule.get(id);
  if (!limiter) {
    const options = { tableName: TABLE, tableCreated: true, clearExpiredByTimeout: false, points: rule.points, duration: rule.durationMs / 1000 };
    limiter =
      driver.provider === "postgres"
        ? new RateLimiterPostgres({ ...options, storeClient: driver.pool, storeType: "pool" })
        : new RateLimiterSQLite({ ...options, storeClient: driver.db, storeType: "better-sqlite3" });
    byRule.set(id, limiter);
  }
  return limiter;
}

const clientOf = (driver: Driver): object => (driver.provider === "postgres" ? driver.pool : driver.db);

/** Counts one hit on `key` and says whether it is within the rule. */
export async function consumeRateLimit(key: string, rule: LimitRule): Promise<LimitState> {
  const limiter = await limiterFor(rule);
  try {
    const res = await writeWithDriver(() => limiter.consume(key));
    return { allowed: true, retryAfterMs: 0, consumed: res.consumedPoints };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return { allowed: false, retryAfterMs: Math.max(error.msBeforeNext, 1000), consumed: error.consumedPoints };
  }
}

/** Forgets the hits on `key` (a successful sign-in clears its failures). */
export async function resetRateLimit(key: string): Promise<void> {
  const limiter = await limiterFor({ points: 1, durationMs: 1000 });
  await writeWithDriver(() => limiter.delete(key));
}

/** How many hits `key` holds in its current window (0 when none); for tests and diagnostics. */
export async function countRateLimit(key: string): Promise<number> {
  const limiter = await limiterFor({ points: 1, durationMs: 1000 });
  return (await limiter.get(key))?.consumedPoints ?? 0;
}
