import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { makeExampleResult } from "./make-example-result";

// The committed example is what this code makes of the fixtures: when the analysis changes, rerun
// `npx tsx scripts/make-example-result.ts`. Numbers compared to 9 digits, so another CPU's last bits pass.
const root = path.resolve(import.meta.dirname, "../..");

const comparable = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === "createdAt" ? undefined : typeof v === "number" ? Number(v.toPrecision(9)) : v)));

test("the example result /example shows is current", async () => {
  const committed = JSON.parse(readFileSync(path.join(root, "lib/example/example-result.json"), "utf8")) as unknown;
  const made = await makeExampleResult(path.join(root, "e2e/fixtures"));
  expect(comparable(made)).toEqual(comparable(committed));
  expect(made.candidates.length).toBeGreaterThan(0);
});
