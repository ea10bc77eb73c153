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
  it('repeats every security header in each location that adds a header (nginx would drop them there)', () => {
    const locations = (conf.match(/location /g) ?? []).length;
    for (const header of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
      const sent = conf.match(new RegExp(`add_header ${header} [^;]+ always;`, 'g')) ?? [];
      expect(sent.length, header).toBe(locations + 1);
    }
  });
  it('builds its policy from the one in scripts/lib/csp.ts', () => {
    const policy = policyWithHashes({ scripts: ['a'], styles: ['b'] });
    expect(policy.replace(/ 'sha256-[^']+'/g, '')).toBe(CONTENT_SECURITY_POLICY);
    expect(HEADER_ONLY_DIRECTIVES).toBe("frame-ancestors 'none'");
  });
  it('serves the static pages from their folders, and index.html for every other path', () => {
    expect(conf).toMatch(/location \/ \{[\s\S]*try_files \$uri \$uri\/index\.html \/index\.html;/);
  });
  describe('the open data below /data/ (README, "Open data")', () => {
    /** The body of one location block (they hold no nested blocks but `types`). */
    const block = (location: string) => {
      const start = conf.indexOf(`location ${location} {`);
      expect(start, `no location ${location}`).toBeGreaterThan(-1);
      return conf.slice(start, conf.indexOf('try_files', start));
    };
    const data = block('/data/');
    const index = block('= /data/rules/index.json');

    it('is served as JSON and CSV in UTF-8, never sniffed, readable from any site', () => {
      for (const body of [data, index]) {
        expect(body).toMatch(/types \{[^}]*application\/json json;/);
        expect(body).toMatch(/charset_types application\/json/);
        expect(body).toContain('add_header X-Content-Type-Options "nosniff" always;');
        expect(body).toContain('add_header Access-Control-Allow-Origin "*" always;');
        expect(body).toContain('add_header Referrer-Policy "no-referrer" always;');
      }
      expect(data).toMatch(/types \{[^}]*text\/csv csv;/);
      expect(data).toMatch(/charset_types application\/json text\/csv;/);
      expect(conf).toMatch(/gzip_types [^;]*application\/json[^;]*text\/csv/);
    });

    it('answers a missing file with 404, not the app', () => {
      expect(conf).toMatch(/location \/data\/ \{[\s\S]*?try_files \$uri =404;/);
      expect(conf).toMatch(/location = \/data\/rules\/index\.json \{[\s\S]*?try_files \$uri =404;/);
    });

    it('lets caches keep a version for a day and revalidates the index of versions', () => {
      // Without `always`: a 404 (a version not yet published) is not kept.
      expect(data).toContain('add_header Cache-Control "public, max-age=86400";');
      expect(index).toContain('add_header Cache-Control "no-cache" always;');
    });
  });

  it('caches hashed assets for a year and revalidates the page', () => {
    expect(conf).toMatch(/location \/assets\/[\s\S]*max-age=31536000, immutable/);
    expect(conf).toMatch(/location \/ \{[\s\S]*no-cache/);
  });
});
