import { dictionary } from "@zxcvbn-ts/language-common";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/password-length";

// New passwords (sign-up, change, reset) must be at least MIN_PASSWORD_LENGTH characters and not on the
// list of ~49,000 most common passwords that zxcvbn-ts ships (@zxcvbn-ts/language-common), compared
// without regard to case. Existing passwords keep working: the rule applies when a password is chosen.

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

let common: Set<string> | undefined;

/** Why a new password is refused, in words a person can act on; null when it is fine. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`;
  common ??= new Set(dictionary["passwords-common"]);
  if (common.has(password.toLowerCase())) return "This password is on the list of commonly used passwords. Choose another (a few unrelated words work well).";
  return null;
}
