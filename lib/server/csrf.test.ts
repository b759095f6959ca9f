import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./csrf";

const req = (headers: Record<string, string>, url = "http://localhost:3000/api/corpora") => new Request(url, { method: "POST", headers });

describe("isCrossSiteRequest", () => {
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

  it("trusts the host the request was sent to, as seen by a proxy", () => {
    expect(isCrossSiteRequest(req({ origin: "https://app.example.com", "x-forwarded-host": "app.example.com" }, "http://10.0.0.5:3000/api/x"))).toBe(false);
    expect(isCrossSiteRequest(req({ origin: "https://app.example.com.evil.io", "x-forwarded-host": "app.example.com" }, "http://10.0.0.5:3000/api/x"))).toBe(true);
  });
});
