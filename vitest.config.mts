import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import path from "node:path";

// Unit tests run everywhere. Database tests (*.db.test.ts) run on a fresh SQLite file, and again on
// PostgreSQL when TEST_POSTGRES_URL names one (CI sets it; so can you).
const sqliteFile = path.join(tmpdir(), `distillscope-test-${process.pid}`, "test.db");
const postgresUrl = process.env.TEST_POSTGRES_URL;
const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts", "cli/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "db-sqlite",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**"],
          fileParallelism: false,
          setupFiles: ["test/setup/start-test-worker.ts"],
          env: { DATABASE_URL: `file:${sqliteFile}`, DISTILLSCOPE_DATA_DIR: path.dirname(sqliteFile), DISTILLSCOPE_TEST_DB: "sqlite" },
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: "db-postgres",
                globalSetup: ["test/setup/reset-postgres.ts"],
                include: ["**/*.db.test.ts"],
                exclude: ["node_modules/**"],
                fileParallelism: false,
                setupFiles: ["test/setup/start-test-worker.ts"],
                env: { DATABASE_URL: postgresUrl, DISTILLSCOPE_DATA_DIR: path.join(tmpdir(), `distillscope-pgtest-${process.pid}`), DISTILLSCOPE_TEST_DB: "postgres" },
              },
            },
          ]
        : []),
    ],
  },
});
