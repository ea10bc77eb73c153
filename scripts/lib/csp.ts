/**
 * The Content Security Policy: nothing but our own origin, no inline script or style, no plugins, no
 * frames. Delivered in the built index.html as a meta element (vite.config.ts) and, for hosts that can
 * set headers, as the Content-Security-Policy header in deploy/nginx.conf (a test keeps them equal).
 * `data:` images are Designsystemet's inline SVG icons in its CSS.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Only as a header: a meta element cannot say who may frame the page. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";
