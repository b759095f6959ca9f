import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { rmSync, writeFileSync } from "node:fs";
import { expect as baseExpect, test as plain } from "@playwright/test";
import { runAnalysis, uploadFixture, uploadFixtures } from "../analysis/analysis-helpers";
import { expect, newCredentials, test } from "../support/sign-in";

// Issue 14 against the production server (`next start`, NODE_ENV=production): the CSP with nonces, the
// session cookie's Secure flag, share URLs behind a host name, HSTS over https, and a server that refuses
// to start on a bad setting. Two extra servers run on the next ports with their own configuration.

const basePort = Number(process.env.E2E_PORT ?? 3100);
const CSP_VIOLATION = /Content Security Policy|Refused to (execute|load|apply)/i;

/** An HTTP request with headers fetch will not send (Host). */
function rawRequest(port: number, options: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method: options.method, path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** Starts `next start` on `port` with extra environment; resolves when it answers, or with its exit. */
function startServer(port: number, env: Record<string, string>): { child: ChildProcess; ready: Promise<{ up: boolean; output: string }> } {
  const dataDir = `data/e2e-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: `file:./${dataDir}/e2e.db`, DISTILLSCOPE_DATA_DIR: dataDir, DISTILLSCOPE_WORKER: "off", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (b: Buffer) => (output += b.toString()));
  child.stderr?.on("data", (b: Buffer) => (output += b.toString()));
  const ready = new Promise<{ up: boolean; output: string }>((resolve) => {
    const deadline = Date.now() + 60_000;
    child.on("exit", () => resolve({ up: false, output }));
    const poll = async () => {
      if (Date.now() > deadline) return resolve({ up: false, output });
      try {
        const res = await rawRequest(port, { method: "GET", path: "/api/health", headers: {} });
        if (res.status === 200) return resolve({ up: true, output });
      } catch {
        // not listening yet
      }
      setTimeout(poll, 300);
    };
    void poll();
  });
  return { child, ready };
}

function stop(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM"); // the group: npx and next
}

test.describe("pages carry a nonce-based Content-Security-Policy", () => {
  test("every script Next sends carries the nonce, nothing is refused, and an injected script does not run", async ({ page, request }) => {
    const tag = `csp-${Date.now()}`;
    const analysisId = await runAnalysis(request, await uploadFixtures(request, tag), `CSP ${tag}`);
    const share = (await (await request.post(`/api/analyses/${analysisId}/share-links`, { data: {} })).json()) as { token: string };
    const violations: string[] = [];
    page.on("console", (m) => {
      if (CSP_VIOLATION.test(m.text())) violations.push(m.text());
    });
    for (const path of ["/", "/upload", "/analyses/new", "/settings", `/analyses/${analysisId}`, `/s/${share.token}`]) {
      const res = await page.goto(path);
      const csp = res?.headers()["content-security-policy"] ?? "";
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
      expect(nonce, `${path}: ${csp}`).toBeTruthy();
      expect(csp).toContain("'strict-dynamic'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-eval");
      // The browser hides nonce values from the DOM, so compare the HTML as sent.
      const html = await (await page.request.get(path)).text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toMatch(/\bnonce="[A-Za-z0-9+/=]+"/);
      await expect(page.locator("main")).toBeVisible();
    }
    // The page is alive (React hydrated under the policy): the theme toggle works.
    await page.goto("/");
    const html = page.locator("html");
    const dark = await html.evaluate((el) => el.classList.contains("dark"));
    await page.getByRole("button", { name: /theme|dark|light/i }).first().click();
    await expect.poll(() => html.evaluate((el) => el.classList.contains("dark"))).toBe(!dark);
    expect(violations).toEqual([]);
    // What an HTML injection would do: an inline event handler. The policy refuses to run it.
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="/no-such-image.png" onerror="window.__injected = true">'));
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });

  test("the share page, sign-in and sign-up pages carry it too", async ({ request }) => {
    for (const path of ["/sign-in", "/sign-up", "/s/not-a-real-token"]) {
      const res = await request.get(path);
      expect(res.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    }
    // API answers have a policy that allows nothing at all, and no HSTS over plain http.
    const api = await request.get("/api/corpora");
    expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(api.headers()["strict-transport-security"]).toBeUndefined();
  });
});

test("share URLs use the host name the browser used, not the address the server listens on", async ({ request, account }) => {
  const alpha = await uploadFixture(request, "source-alpha.jsonl", `host alpha ${Date.now()}`);
  const beta = await uploadFixture(request, "source-beta.jsonl", `host beta ${Date.now()}`);
  const gamma = await uploadFixture(request, "candidate-gamma.jsonl", `host gamma ${Date.now()}`);
  const created = await request.post("/api/analyses", { data: { sourceIds: [alpha.id, beta.id], candidateIds: [gamma.id], options: { bootstrap: 10 } } });
  const { id } = (await created.json()) as { id: string };
  const cookie = account.storageState.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const res = await rawRequest(basePort, {
    method: "POST",
    path: `/api/analyses/${id}/share-links`,
    headers: { host: "distillscope.example.org", cookie, "content-type": "application/json" },
    body: "{}",
  });
  expect(res.status, res.body).toBe(201);
  expect((JSON.parse(res.body) as { url: string }).url).toMatch(/^http:\/\/distillscope\.example\.org\/s\/[\w-]{20,}$/);
});

plain("over plain http the session cookie is not Secure, so browsers on any host keep it", async ({ request }) => {
  const user = newCredentials("plain-http");
  baseExpect((await request.post("/api/auth/sign-up/email", { data: user })).status()).toBe(200);
  const res = await request.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password } });
  baseExpect(res.status()).toBe(200);
  const cookie = res.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session_token="))?.value ?? "";
  baseExpect(cookie).toMatch(/^distillscope\.session_token=/);
  baseExpect(cookie).not.toMatch(/;\s*Secure/i);
});

plain.describe("servers with their own configuration", () => {
  plain.describe.configure({ mode: "serial", timeout: 120_000 });

  plain("a bad setting stops the server at start with a message naming it", async () => {
    const { child, ready } = startServer(basePort + 1, { DISTILLSCOPE_UPLOADS_PER_HOUR: "lots", DISTILLSCOPE_PUBLIC_URL: "localhost:3000" });
    try {
      const { up, output } = await ready;
      baseExpect(up).toBe(false);
      baseExpect(output).toContain('DISTILLSCOPE_UPLOADS_PER_HOUR="lots": must be a whole number above 0');
      baseExpect(output).toContain('DISTILLSCOPE_PUBLIC_URL="localhost:3000": must be the public origin');
    } finally {
      stop(child);
    }
  });

  plain("a database it cannot open stops the server at start, saying which", async () => {
    const port = basePort + 1;
    const notADirectory = `data/e2e-${port}-file`;
    writeFileSync(notADirectory, "a file where the database folder should be");
    const { child, ready } = startServer(port, { DATABASE_URL: `file:./${notADirectory}/e2e.db` });
    try {
      const { up, output } = await ready;
      baseExpect(up).toBe(false);
      baseExpect(output).toContain("Distillscope cannot start: the database");
      baseExpect(output).toContain(`${notADirectory}/e2e.db`);
    } finally {
      stop(child);
      rmSync(notADirectory, { force: true });
    }
  });

  plain("with an https public URL: Secure __Secure- cookie, HSTS, https share URLs", async () => {
    const port = basePort + 2;
    // Uploads answer once the worker has ingested them: this server runs its own.
    const { child, ready } = startServer(port, { DISTILLSCOPE_PUBLIC_URL: "https://distillscope.example.org", DISTILLSCOPE_WORKER: "inline" });
    try {
      const { up, output } = await ready;
      baseExpect(up, output).toBe(true);
      const user = newCredentials("https");
      const json = { "content-type": "application/json" };
      baseExpect((await rawRequest(port, { method: "POST", path: "/api/auth/sign-up/email", headers: json, body: JSON.stringify(user) })).status).toBe(200);
      const signIn = await rawRequest(port, { method: "POST", path: "/api/auth/sign-in/email", headers: json, body: JSON.stringify({ email: user.email, password: user.password }) });
      baseExpect(signIn.status, signIn.body).toBe(200);
      const setCookie = ([] as string[]).concat(signIn.headers["set-cookie"] ?? []).find((c) => c.includes("session_token=")) ?? "";
      baseExpect(setCookie).toMatch(/^__Secure-distillscope\.session_token=.*;\s*Secure/i);
      const cookie = setCookie.split(";")[0];
      const page = await rawRequest(port, { method: "GET", path: "/", headers: { cookie } });
      baseExpect(page.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
      baseExpect(String(page.headers["content-security-policy"])).toContain("upgrade-insecure-requests");
      const api = await rawRequest(port, { method: "GET", path: "/api/corpora", headers: { cookie } });
      baseExpect(api.status).toBe(200);
      baseExpect(api.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
      const ids: string[] = [];
      for (const name of ["s1", "s2", "c1"]) {
        const body = Array.from({ length: 5 }, (_, i) => JSON.stringify({ output: `${name} answer number ${i} with some words.` })).join("\n");
        const up = await rawRequest(port, { method: "POST", path: `/api/corpora?filename=${name}.jsonl`, headers: { cookie, "content-type": "application/x-ndjson" }, body });
        baseExpect(up.status, up.body).toBe(201);
        ids.push((JSON.parse(up.body) as { corpora: { id: string }[] }).corpora[0].id);
      }
      const analysis = await rawRequest(port, { method: "POST", path: "/api/analyses", headers: { cookie, ...json }, body: JSON.stringify({ sourceIds: ids.slice(0, 2), candidateIds: ids.slice(2) }) });
      const share = await rawRequest(port, { method: "POST", path: `/api/analyses/${(JSON.parse(analysis.body) as { id: string }).id}/share-links`, headers: { cookie, ...json }, body: "{}" });
      baseExpect(share.status, share.body).toBe(201);
      baseExpect((JSON.parse(share.body) as { url: string }).url).toMatch(/^https:\/\/distillscope\.example\.org\/s\//);
    } finally {
      stop(child);
    }
  });
});
