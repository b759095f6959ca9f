import { randomBytes } from "node:crypto";

// Prefixed random ids (dub style): the prefix says what it is; 96 random bits make it unguessable.
export type IdPrefix = "cor" | "ing" | "ana" | "shr" | "ws" | "tok" | "con" | "pst" | "col";

export function createId(prefix: IdPrefix): string {
  return `${prefix}_${randomBytes(12).toString("base64url")}`;
}
