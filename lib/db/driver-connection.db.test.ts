import { describe, expect, it } from "vitest";
import { closeDriver, getDriver, openPageReadConnections } from "./driver-connection";
import { readRows } from "./driver-reads";

const onPostgres = process.env.DISTILLSCOPE_TEST_DB === "postgres";

describe(`driver connection (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("is one for the process, however many first calls arrive together", async () => {
    await closeDriver();
    const drivers = await Promise.all(Array.from({ length: 12 }, () => getDriver()));
    expect(new Set(drivers).size).toBe(1);
    expect(await getDriver()).toBe(drivers[0]);
  });

  it.runIf(onPostgres)("are opened at start and serve a burst of reads without opening more", async () => {
    await openPageReadConnections();
    const driver = await getDriver();
    if (driver.provider !== "postgres") throw new Error("expected the PostgreSQL driver");
    const opened = driver.pool.totalCount;
    expect(opened).toBeGreaterThan(0);
    expect(driver.pool.idleCount).toBe(opened);

    const pids = await Promise.all(Array.from({ length: 30 }, () => readRows<{ pid: number }>(`SELECT pg_backend_pid() AS "pid"`, [])));
    expect(new Set(pids.map((rows) => rows[0].pid)).size).toBeLessThanOrEqual(opened);
    expect(driver.pool.totalCount).toBe(opened);
  });

  it.runIf(!onPostgres)("need nothing opened on SQLite", async () => {
    await openPageReadConnections();
    expect((await getDriver()).provider).toBe("sqlite");
    expect(await readRows<{ one: number }>(`SELECT 1 AS "one"`, [])).toEqual([{ one: 1 }]);
  });
});
