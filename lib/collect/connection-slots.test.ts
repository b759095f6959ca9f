import { describe, expect, it } from "vitest";
import { acquireSlot } from "./connection-slots";

describe("acquireSlot", () => {
  it("keeps requests on one connection within its limit across runs, and frees slots in order", async () => {
    let inFlight = 0;
    let peak = 0;
    const request = async (key: string) => {
      const release = await acquireSlot(key, 3);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      release();
    };
    // Two "runs" of four lanes each on one connection, and one on another connection.
    await Promise.all([...Array.from({ length: 8 }, () => request("con_a")), ...Array.from({ length: 8 }, () => request("con_a"))]);
    expect(peak).toBe(3);
    peak = 0;
    await Promise.all([...Array.from({ length: 4 }, () => request("con_a")), ...Array.from({ length: 4 }, () => request("con_b"))]);
    expect(peak).toBe(6);
  });
});
