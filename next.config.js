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
  // A native module (Chinese word segmentation): loaded from node_modules at run time, never bundled.
  serverExternalPackages: ["@node-rs/jieba"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project beside the build (scripts/run-checks.mjs): once is enough there.
  typescript: { ignoreBuildErrors: process.env.DISTILLSCOPE_TYPES_CHECKED === "1" },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Shared analyses are for the people given the link, not for search engines.
      { source: "/s/:token*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }, { key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

export default nextConfig;
