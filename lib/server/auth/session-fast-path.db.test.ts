import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listSessionWorkspaces, listUserWorkspaces } from "@/lib/db/accounts/workspaces";
import { getAuth, getSessionUser, getSessionUserId, getSignedSessionToken } from "./auth";
import { readSessionFast } from "./session-fast-path";
import { signUpTestUser } from "./test-session";

// The fast path may only ever answer "this user" when better-auth's getSession would, and must hand every
// other case to it (bad signature, unknown or expired session, refresh due, "don't remember me").
const headersWith = (cookie: string) => new Headers({ cookie });
const DAY = 24 * 60 * 60 * 1000;

describe(`the session fast path (${process.env.DISTILLSCOPE_TEST_DB})`, () => {
  it("answers a valid session with its user, as better-auth does, in one read", async () => {
    const user = await signUpTestUser("fast");
    const auth = await getAuth();
    const fast = await readSessionFast(auth, headersWith(user.cookie));
    const official = await auth.api.getSession({ headers: headersWith(user.cookie) });
    expect(fast).toEqual({ id: official!.user.id, name: "fast", email: user.email, isAdmin: expect.any(Boolean) });
    expect(await getSessionUser({ headers: headersWith(`other=1; ${user.cookie}`) })).toEqual(fast);
    expect(await getSessionUserId({ headers: headersWith(user.cookie) })).toBe(user.userId);
  });

  it("hands tampered, unknown, expired, refresh-due and don't-remember sessions to better-auth", async () => {
    const user = await signUpTestUser("slow");
    const auth = await getAuth();
    const db = await getDb();
    const [name, value] = user.cookie.split("=");
    const signed = decodeURIComponent(value);
    const token = signed.slice(0, signed.lastIndexOf("."));
    const signature = signed.slice(signed.lastIndexOf(".") + 1);

    // Another token under the same signature, or a signature flipped: never this user.
    const forged = `${name}=${encodeURIComponent(`${otherToken(token)}.${signature}`)}`;
    expect(await readSessionFast(auth, headersWith(forged))).toBeUndefined();
    expect(await getSessionUserId({ headers: headersWith(forged) })).toBeNull();
    const flipped = `${name}=${encodeURIComponent(`${token}.${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`)}`;
    expect(await getSessionUserId({ headers: headersWith(flipped) })).toBeNull();
    expect(await readSessionFast(auth, headersWith("unrelated=1"))).toBeUndefined();

    // Due for the sliding refresh (updateAge 1 day): better-auth answers and moves the expiry on.
    const session = await db.session.findFirstOrThrow({ where: { token } });
    await db.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + 12 * DAY) } });
    expect(await readSessionFast(auth, headersWith(user.cookie))).toBeUndefined();
    expect(await getSessionUserId({ headers: headersWith(user.cookie) })).toBe(user.userId);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * DAY);
    expect((await readSessionFast(auth, headersWith(user.cookie)))?.id).toBe(user.userId);

    // "Don't remember me": better-auth's rules, not ours.
    expect(await readSessionFast(auth, headersWith(`${user.cookie}; distillscope.dont_remember=x`))).toBeUndefined();

    // Expired: no user, and better-auth removes the session.
    await db.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await readSessionFast(auth, headersWith(user.cookie))).toBeUndefined();
    expect(await getSessionUser({ headers: headersWith(user.cookie) })).toBeNull();
    expect(await db.session.count({ where: { id: session.id } })).toBe(0);
  });

  it("reads a signed token's workspaces beside the session check, and nothing once the session is gone", async () => {
    const user = await signUpTestUser("pages");
    const db = await getDb();
    const [name, value] = user.cookie.split("=");
    const signed = decodeURIComponent(value);
    const token = signed.slice(0, signed.lastIndexOf("."));
    expect(await getSignedSessionToken({ headers: headersWith(user.cookie) })).toBe(token);
    const signature = signed.slice(signed.lastIndexOf(".") + 1);
    const flipped = `${name}=${encodeURIComponent(`${token}.${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`)}`;
    expect(await getSignedSessionToken({ headers: headersWith(flipped) })).toBeUndefined();
    expect(await getSignedSessionToken({ headers: headersWith("unrelated=1") })).toBeUndefined();

    const own = await listUserWorkspaces(user.userId);
    expect(own.length).toBeGreaterThan(0);
    expect(await listSessionWorkspaces(token)).toEqual(own.map((w) => ({ ...w, userId: user.userId })));
    expect(await listSessionWorkspaces(otherToken(token))).toEqual([]);

    // Signed out (the session row gone): no workspaces by that token, and no user.
    await db.session.deleteMany({ where: { token } });
    expect(await listSessionWorkspaces(token)).toEqual([]);
    expect(await getSessionUser({ headers: headersWith(user.cookie) })).toBeNull();
  });
});

/** The token with its last character changed (whatever that character was). */
function otherToken(token: string): string {
  return `${token.slice(0, -1)}${token.endsWith("x") ? "y" : "x"}`;
}
