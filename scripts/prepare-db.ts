// `npm run setup`: check the environment, then create and migrate the database named by DATABASE_URL
// (default: the SQLite file). `npm start` runs it first, so a bad setting stops the start with its name.
import { disconnectDb, getDatabaseTarget, getDb } from "@/lib/db/client";
import { exitOnBadEnvironment } from "@/lib/server/check-environment";

exitOnBadEnvironment();
await getDb();
const target = getDatabaseTarget();
console.error(`Database ready: ${target.provider === "sqlite" ? target.file : target.url.replace(/\/\/[^@]*@/, "//…@")}`);
await disconnectDb();
