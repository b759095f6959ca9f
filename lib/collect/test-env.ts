import { resetSecretKeyCache } from "./secret-key";

/** Tests that change DISTILLSCOPE_SECRET_KEY or the data dir: the key-encryption key is read again. */
export function resetEnvForTests(): void {
  resetSecretKeyCache();
}
