// Writes lib/example/example-result.json, the result /example shows. Run: npx tsx scripts/make-example-result.ts
// Rerun it when the analysis changes (lib/example/example-result.test.ts fails until then).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { makeExampleResult } from "@/lib/example/make-example-result";

const root = path.resolve(import.meta.dirname, "..");
const result = await makeExampleResult(path.join(root, "e2e/fixtures"));
writeFileSync(path.join(root, "lib/example/example-result.json"), JSON.stringify(result, null, 1) + "\n");
console.log(`lib/example/example-result.json: ${result.candidates.length} candidate(s), ${result.sources.length} sources`);
