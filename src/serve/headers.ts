// Headers sent with every response. The viewer inserts graph text (names, evidence) into
// the page, so the policy allows no inline script at all: were a name ever to reach the
// DOM as markup, the browser would still refuse to run it. The layout worker is started
// from a blob: URL by graphology-layout-forceatlas2, hence worker-src blob:; exported
// PNG/GEXF files are blob: URLs too.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};
