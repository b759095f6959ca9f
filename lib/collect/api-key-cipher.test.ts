import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decryptApiKey, encryptApiKey, keyHint, maskKey, redactKey } from "./api-key-cipher";
import { resetEnvForTests } from "./test-env";

const binding = { workspaceId: "ws_1", connectionId: "con_1" };
const KEY = "sk-live-abcdefghijklmnop0123456789";

function useEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
}

describe("api key cipher", () => {
  afterEach(() => useEnv({ DISTILLSCOPE_SECRET_KEY: undefined }));

  it("round-trips a key under a generated key-encryption key kept in a 0600 file, never in the ciphertext", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kek-"));
    process.env.DISTILLSCOPE_DATA_DIR = dir;
    resetEnvForTests();
    const sealed = encryptApiKey(KEY, binding);
    expect(sealed).not.toContain(KEY);
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(decryptApiKey(sealed, binding)).toBe(KEY);
    const kekFile = path.join(dir, "secret-key");
    expect(statSync(kekFile).mode & 0o777).toBe(0o600);
    expect(sealed).not.toContain(readFileSync(kekFile, "utf8").trim());
    // Same key, fresh IV each time.
    expect(encryptApiKey(KEY, binding)).not.toBe(sealed);
  });

  it("refuses a ciphertext moved to another row, altered, or sealed under another KEK, with a clear reason", async () => {
    process.env.DISTILLSCOPE_SECRET_KEY = "a".repeat(40);
    resetEnvForTests();
    const sealed = encryptApiKey(KEY, binding);
    expect(() => decryptApiKey(sealed, { ...binding, connectionId: "con_2" })).toThrow(/integrity check/);
    const parts = sealed.split(".");
    parts[4] = parts[4].slice(0, -2) + (parts[4].endsWith("AA") ? "BB" : "AA");
    expect(() => decryptApiKey(parts.join("."), binding)).toThrow(/integrity check/);
    process.env.DISTILLSCOPE_SECRET_KEY = "b".repeat(40);
    resetEnvForTests();
    expect(() => decryptApiKey(sealed, binding)).toThrow(/sealed under another secret key/);
  });

  it("shows only the last four characters and cuts echoed fragments out of messages", () => {
    expect(maskKey(keyHint(KEY))).toBe("••••••••6789");
    expect(redactKey(`bad key ${KEY.slice(0, 7)}***${KEY.slice(-4)} and ${KEY}`, KEY)).not.toMatch(/sk-live|abcdefghijklmnop/);
  });
});
