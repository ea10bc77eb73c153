import { createHash } from 'node:crypto';

/**
 * The Content Security Policy: nothing but our own origin, no plugins, no frames, and no inline script or
 * style but the two the build writes into index.html (the stylesheet and public/boot.js, so the page
 * paints from the HTML alone), each allowed by its SHA-256 hash, never by 'unsafe-inline'. Delivered in
 * the built index.html as a meta element (vite.config.ts, then scripts/prerender.ts adds the hashes) and,
 * for hosts that can set headers, as dist/csp-header.conf, which deploy/nginx.conf includes in every
 * location, so the open data below /data/ (JSON and CSV) is sent with it too.
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

/** The 'sha256-…' source that allows exactly this inline script or style. */
export function hashSource(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** The policy with the inline script and style of index.html allowed by their hashes. */
export function policyWithHashes(inline: { scripts: readonly string[]; styles: readonly string[] }): string {
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    ["script-src 'self'", ...inline.scripts.map(hashSource)].join(' '),
  ).replace("style-src 'self'", ["style-src 'self'", ...inline.styles.map(hashSource)].join(' '));
}
