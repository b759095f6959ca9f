// `npm run setup`: create and migrate the database named by DATABASE_URL (default: the SQLite file).
import { disconnectDb, getDatabaseTarget, getDb } from "@/lib/db/client";

await getDb();
const target = getDatabaseTarget();
console.error(`Database ready: ${target.provider === "sqlite" ? target.file : target.url.replace(/\/\/[^@]*@/, "//…@")}`);
await disconnectDb();
