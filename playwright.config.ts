import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run a production build as `npm start` runs it (scripts/start-server.mjs), on its own port
// and its own SQLite file under data/e2e,
// wiped at start. Like dub's guard: never against a database that is not on this machine.
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL ?? "file:./data/e2e/e2e.db";
if (!/^file:|^postgres(ql)?:\/\/[^@]*@?(localhost|127\.0\.0\.1)[:/]/.test(databaseUrl)) {
  throw new Error(`Refusing to run end-to-end tests against a non-local database: ${databaseUrl}`);
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // The first sign-up on the fresh database must be the admin's: that check runs before every other spec.
    { name: "first-admin", testMatch: /first-admin\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["first-admin"] },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `rm -rf data/e2e && node scripts/start-server.mjs -p ${port}`,
        url: `http://127.0.0.1:${port}/api/health`,
        reuseExistingServer: false,
        timeout: 120_000,
        env: {
          DATABASE_URL: databaseUrl,
          DISTILLSCOPE_DATA_DIR: "data/e2e",
          NEXT_TELEMETRY_DISABLED: "1",
          // One account runs the whole suite (e2e/support/sign-in.ts) and starts more than the default 60
          // uploads an hour; the limits have tests of their own (lib/server/limits.db.test.ts).
          DISTILLSCOPE_UPLOADS_PER_HOUR: "100000",
          DISTILLSCOPE_ANALYSES_PER_HOUR: "100000",
        },
      },
});
