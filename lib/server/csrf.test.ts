import { afterEach, describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./csrf";

const req = (headers: Record<string, string>, url = "http://localhost:3000/api/corpora") => new Request(url, { method: "POST", headers });

describe("isCrossSiteRequest", () => {
  afterEach(() => {
    delete process.env.DISTILLSCOPE_TRUST_PROXY;
    delete process.env.DISTILLSCOPE_PUBLIC_URL;
  });

  it.each([
    [{ "sec-fetch-site": "cross-site" }, true],
    [{ "sec-fetch-site": "same-site" }, true],
    [{ "sec-fetch-site": "same-origin" }, false],
    [{ "sec-fetch-site": "none" }, false],
    [{ origin: "https://evil.example" }, true],
    [{ origin: "null" }, true],
    [{ origin: "not a url" }, true],
    [{ origin: "http://localhost:3000" }, false],
    [{ origin: "http://localhost:3000", host: "localhost:3000" }, false],
    [{}, false],
  ])("%j → %s", (headers, expected) => {
    expect(isCrossSiteRequest(req(headers))).toBe(expected);
  });

  it("compares the Origin with the Host the browser sent", () => {
    expect(isCrossSiteRequest(req({ origin: "https://app.example.com", host: "app.example.com" }, "http://10.0.0.5:3000/api/x"))).toBe(false);
    expect(isCrossSiteRequest(req({ origin: "https://app.example.com.evil.io", host: "app.example.com" }, "http://10.0.0.5:3000/api/x"))).toBe(true);
  });

  it("ignores a client-sent X-Forwarded-Host unless DISTILLSCOPE_TRUST_PROXY says a proxy sets it", () => {
    const forged = req({ origin: "https://evil.example", "x-forwarded-host": "evil.example", host: "localhost:3000" });
    expect(isCrossSiteRequest(forged)).toBe(true);
    process.env.DISTILLSCOPE_TRUST_PROXY = "1";
    const proxied = req({ origin: "https://app.example.com", "x-forwarded-host": "app.example.com", host: "10.0.0.5:3000" }, "http://10.0.0.5:3000/api/x");
    expect(isCrossSiteRequest(proxied)).toBe(false);
  });

  it("with DISTILLSCOPE_PUBLIC_URL, only that host is same-site", () => {
    process.env.DISTILLSCOPE_PUBLIC_URL = "https://distillscope.example.org";
    expect(isCrossSiteRequest(req({ origin: "https://distillscope.example.org", host: "localhost:3000" }))).toBe(false);
    expect(isCrossSiteRequest(req({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
  });
});
