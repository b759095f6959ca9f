// `npm run setup`: check the environment, then create and migrate the database named by DATABASE_URL
// (default: the SQLite file). `npm start` runs it first, so a bad setting stops the start with its name.
import { disconnectDb, getDatabaseTarget, getDb } from "@/lib/db/client";
import { EnvError, getEnv } from "@/lib/env";

try {
  getEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
await getDb();
const target = getDatabaseTarget();
console.error(`Database ready: ${target.provider === "sqlite" ? target.file : target.url.replace(/\/\/[^@]*@/, "//…@")}`);
await disconnectDb();
