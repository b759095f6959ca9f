// Child process of run-bench.ts: one ingest benchmark against DATABASE_URL, printed as JSON.
import { disconnectDb } from "@/lib/db/client";
import { benchIngest } from "./ingest-bench";
import type { SyntheticLanguage } from "./make-synthetic-jsonl";

// npx tsx bench/bench-ingest-once.ts <database label> <bytes> [english|chinese]
const [database, bytes, language] = [process.argv[2], Number(process.argv[3]), (process.argv[4] ?? "english") as SyntheticLanguage];
const row = await benchIngest(database, bytes, language);
await disconnectDb();
process.stdout.write(JSON.stringify(row) + "\n");
