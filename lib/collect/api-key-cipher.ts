import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { getSecretKey } from "./secret-key";

// Model-API keys at rest: AES-256-GCM under the key-encryption key (secret-key.ts), bound to their row by
// the additional authenticated data (workspace and connection id), so a ciphertext copied into another
// row does not decrypt. Format: v1.<kek id>.<iv>.<tag>.<ciphertext>, base64url.

export type KeyBinding = { workspaceId: string; connectionId: string };

const aad = (b: KeyBinding) => Buffer.from(`distillscope:${b.workspaceId}:${b.connectionId}`);

export function encryptApiKey(plain: string, binding: KeyBinding): string {
  const { key, id } = getSecretKey();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad(binding));
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

export class ApiKeyUnreadableError extends Error {}

/** Worker only (lib/collect/run-collection.ts, test-connection.ts): the web process never decrypts. */
export function decryptApiKey(stored: string, binding: KeyBinding): string {
  const [version, kekId, iv, tag, sealed] = stored.split(".");
  if (version !== "v1" || !iv || !tag || sealed === undefined) throw new ApiKeyUnreadableError("The stored API key is not in a known format. Enter the key again.");
  const { key, id } = getSecretKey();
  if (kekId !== id) {
    throw new ApiKeyUnreadableError(
      `The stored API key was sealed under another secret key (id ${kekId}; this process has ${id}). Set DISTILLSCOPE_SECRET_KEY to the one used when the key was saved, or enter the key again.`,
    );
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new ApiKeyUnreadableError("The stored API key failed its integrity check (it was altered or belongs to another connection). Enter the key again.");
  }
}

/** What the browser may see of a key: its last four characters. */
export function keyHint(plain: string): string {
  return plain.length <= 8 ? "" : plain.slice(-4);
}

export function maskKey(hint: string | null): string | null {
  if (hint === null) return null;
  return hint ? `••••••••${hint}` : "••••••••";
}

/** Removes a key (and its fragments) from text bound for storage or display: provider errors echo keys. */
export function redactKey(text: string, key: string | undefined): string {
  if (!key || key.length < 8) return text;
  let out = text.split(key).join("[redacted key]");
  // Providers echo a shortened key ("sk-abc***wxyz"): drop any run of 6+ characters taken from it.
  for (let i = 0; i + 6 <= key.length; i += 1) {
    const piece = key.slice(i, i + 6);
    if (out.includes(piece)) out = out.split(piece).join("[redacted]");
  }
  return out;
}
