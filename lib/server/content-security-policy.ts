// The pages' Content-Security-Policy (proxy.ts sets it with a fresh nonce per request; Next reads the nonce
// from the request's CSP header and puts it on its own scripts, app/layout.tsx on the theme script).
// 'strict-dynamic' lets those scripts load Next's chunks and nothing else runs: an injected <script> or an
// inline event handler has no nonce. Styles: stylesheets from this origin or with the nonce; style=""
// attributes stay allowed (React and the charts set them; they cannot run code).

export function pageCsp(nonce: string, options: { https: boolean; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every page request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
