/** The documented nginx headers carry the same Content Security Policy as the built HTML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../../scripts/lib/csp';

describe('deploy/nginx.conf', () => {
  const conf = readFileSync(join(__dirname, '../../deploy/nginx.conf'), 'utf8');
  it('sends the same policy as the meta element, plus frame-ancestors, in every location', () => {
    const policies = [...conf.matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]);
    expect(policies.length).toBeGreaterThanOrEqual(3);
    for (const policy of policies)
      expect(policy).toBe(`${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_DIRECTIVES}`);
  });
  it('caches hashed assets for a year and revalidates the page', () => {
    expect(conf).toMatch(/location \/assets\/[\s\S]*max-age=31536000, immutable/);
    expect(conf).toMatch(/location \/ \{[\s\S]*no-cache/);
  });
});
