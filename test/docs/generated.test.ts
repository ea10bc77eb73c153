/** The generated documents are committed; this fails when one is out of date with the machine or rules/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGeneratedFiles } from '../../scripts/docs/all';
import { getRules } from '../../src/content/rules';

const root = join(__dirname, '../..');

describe('generated documents are up to date (run `npm run docs` to refresh)', () => {
  const files = renderGeneratedFiles(getRules());
  it.each(Object.keys(files))('%s', (path) => {
    const committed = readFileSync(join(root, path), 'utf8');
    expect(committed === files[path], `${path} is out of date: run npm run docs`).toBe(true);
  });

  it('the decision table shows every outcome and every example', () => {
    const table = files['docs/decision-table.md'] ?? '';
    for (const o of getRules().outcomes.outcomes) expect(table).toContain(`\`${o.id}\``);
    for (const e of getRules().examples.examples) expect(table).toContain(e.title.nb);
  });
});
