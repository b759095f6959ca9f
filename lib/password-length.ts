// Length bounds for new passwords, shared by the server's policy (lib/server/auth/password-policy.ts) and the
// sign-up form's hint. Kept apart so the browser bundle gets the numbers without the common-password list.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;
