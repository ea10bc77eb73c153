/** The documented nginx headers carry the same Content Security Policy as the built HTML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES, policyWithHashes } from '../../scripts/lib/csp';

describe('deploy/nginx.conf', () => {
  const conf = readFileSync(join(__dirname, '../../deploy/nginx.conf'), 'utf8');
  it('sends the policy the build writes (dist/csp-header.conf, with the inline hashes) in every location', () => {
    // The build's header equals its meta element plus frame-ancestors (test/e2e/security.test.ts).
    expect(conf).not.toMatch(/add_header Content-Security-Policy/);
    const includes = [...conf.matchAll(/include \/srv\/samarbeidsveiviseren\/csp-header\.conf;/g)];
    expect(includes.length).toBe((conf.match(/location /g) ?? []).length + 1);
  });
  it('builds its policy from the one in scripts/lib/csp.ts', () => {
    const policy = policyWithHashes({ scripts: ['a'], styles: ['b'] });
    expect(policy.replace(/ 'sha256-[^']+'/g, '')).toBe(CONTENT_SECURITY_POLICY);
    expect(HEADER_ONLY_DIRECTIVES).toBe("frame-ancestors 'none'");
  });
  it('serves the static pages from their folders, and index.html for every other path', () => {
    expect(conf).toMatch(/location \/ \{[\s\S]*try_files \$uri \$uri\/index\.html \/index\.html;/);
  });
  it('caches hashed assets for a year and revalidates the page', () => {
    expect(conf).toMatch(/location \/assets\/[\s\S]*max-age=31536000, immutable/);
    expect(conf).toMatch(/location \/ \{[\s\S]*no-cache/);
  });
});
