import { createHash, hkdfSync, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

// The key-encryption key (KEK) for stored model-API keys. It never sits in the database: it comes from
// DISTILLSCOPE_SECRET_KEY, or is generated once into <data dir>/secret-key (mode 0600). Several servers
// on one PostgreSQL must share it: set DISTILLSCOPE_SECRET_KEY on each.

export type SecretKey = { key: Buffer; id: string };

const FILE_NAME = "secret-key";
let cached: SecretKey | undefined;

export function getSecretKey(): SecretKey {
  if (cached) return cached;
  const env = getEnv();
  const material = env.DISTILLSCOPE_SECRET_KEY ?? readOrCreateKeyFile(env.DISTILLSCOPE_DATA_DIR);
  // HKDF turns any long passphrase into exactly 32 bytes; the id tells which KEK sealed a stored key.
  const key = Buffer.from(hkdfSync("sha256", material, "distillscope", "model-api-keys v1", 32));
  cached = { key, id: createHash("sha256").update(key).digest("hex").slice(0, 8) };
  return cached;
}

function readOrCreateKeyFile(dataDir: string): string {
  const file = path.resolve(dataDir, FILE_NAME);
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process (the worker beside the web server) created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}

/** For tests that switch environments. */
export function resetSecretKeyCache(): void {
  cached = undefined;
}
