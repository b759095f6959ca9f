import { resetEnvCache } from "@/lib/env";
import { resetSecretKeyCache } from "./secret-key";

/** Tests that change DISTILLSCOPE_SECRET_KEY or the data dir re-read them. */
export function resetEnvForTests(): void {
  resetEnvCache();
  resetSecretKeyCache();
}
