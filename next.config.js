/** @type {import('next').NextConfig} */
// Static headers for every answer. The Content-Security-Policy (with a per-request nonce) and HSTS depend on
// the request: proxy.ts sets them on pages, lib/server/security-headers.ts on API answers.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Shared analyses are for the people given the link, not for search engines.
      { source: "/s/:token*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }, { key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

export default nextConfig;
