// Child process of run-bench.ts: one ingest benchmark against DATABASE_URL, printed as JSON.
import { disconnectDb } from "@/lib/db/client";
import { benchIngest } from "./ingest-bench";

const [database, bytes] = [process.argv[2], Number(process.argv[3])];
const row = await benchIngest(database, bytes);
await disconnectDb();
process.stdout.write(JSON.stringify(row) + "\n");
