import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decideRetry, parseRetryAfter } from "./call-failure";

describe("retry policy", () => {
  const policy = { baseMs: 1000, maxAttempts: 4, random: () => 1 };

  it("reads Retry-After as seconds, as an HTTP date, and retry-after-ms, capped at ten minutes", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter({ "Retry-After": "7" }, now)).toBe(7000);
    expect(parseRetryAfter({ "retry-after": "Thu, 01 Jan 2026 00:00:30 GMT" }, now)).toBe(30_000);
    expect(parseRetryAfter({ "retry-after-ms": "250", "retry-after": "9" }, now)).toBe(250);
    expect(parseRetryAfter({ "retry-after": "86400" }, now)).toBe(600_000);
    expect(parseRetryAfter({ "retry-after": "soon" }, now)).toBeUndefined();
  });

  it("waits what a 429 asks, backs off exponentially on 5xx and timeouts, and gives up on a rejected prompt", () => {
    expect(decideRetry({ kind: "rate-limited", retryAfterMs: 3000, message: "" }, 1, policy)).toEqual({ retry: true, delayMs: 3000 });
    expect([1, 2, 3].map((a) => decideRetry({ kind: "server", message: "" }, a, policy))).toEqual([
      { retry: true, delayMs: 1000 },
      { retry: true, delayMs: 2000 },
      { retry: true, delayMs: 4000 },
    ]);
    expect(decideRetry({ kind: "timeout", message: "" }, 4, policy)).toEqual({ retry: false });
    // A 429 is the server pacing us: more patience than for faults.
    expect(decideRetry({ kind: "rate-limited", message: "" }, 10, policy).retry).toBe(true);
    expect(decideRetry({ kind: "rejected", status: 400, message: "" }, 1, policy)).toEqual({ retry: false });
    expect(decideRetry({ kind: "auth", status: 401, message: "" }, 1, policy)).toEqual({ retry: false });
    // Never more than a minute between two attempts.
    expect(decideRetry({ kind: "network", message: "" }, 3, { baseMs: 50_000, maxAttempts: 9, random: () => 1 })).toEqual({ retry: true, delayMs: 60_000 });
  });
});

describe("who may open a stored key", () => {
  it("is only the worker side: no page, component or route handler imports the decryption or the handler", () => {
    const root = path.resolve(__dirname, "../..");
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const full = path.join(dir, n);
        return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [full] : [];
      });
    const offenders = [...files(path.join(root, "app")), ...files(path.join(root, "components"))].filter((f) =>
      /from "@\/lib\/collect\/(run-collection|test-connection|collect-worker)"|decryptApiKey/.test(readFileSync(f, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
