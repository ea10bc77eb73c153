/**
 * The build's rewrite of the selectors that would restyle the whole page on every insertion
 * (scripts/lib/whole-page-restyle.ts): it finds each one it lists in Designsystemet's files, and after
 * it no stylesheet the app imports has a selector of that kind.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  normalizeSelector,
  REWRITES,
  restylesWholePage,
  wholePageRestyle,
} from '../../scripts/lib/whole-page-restyle';

const require = createRequire(import.meta.url);

/** Every stylesheet the app imports: Designsystemet's files named in src/app/designsystemet.css, and ours. */
function appStylesheets(): { name: string; css: string }[] {
  const entry = readFileSync('src/app/designsystemet.css', 'utf8');
  const packageFiles = [...entry.matchAll(/@import "(@digdir\/designsystemet-css[^"]*)"/g)].map(
    (match) => match[1] as string,
  );
  expect(packageFiles.length).toBeGreaterThan(10);
  return [
    ...packageFiles.map((name) => ({ name, css: readFileSync(require.resolve(name), 'utf8') })),
    ...['src/app/fonts.css', 'src/ui/shell/styles.css', 'src/ui/how/how-page.css'].map((name) => ({
      name,
      css: readFileSync(name, 'utf8'),
    })),
  ];
}

function selectorsOf(css: string): string[] {
  const selectors: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    selectors.push(...rule.selectors);
  });
  return selectors;
}

describe('selectors that restyle the whole page', () => {
  it.each([
    '.ds-field:has(input[type=radio]) > *',
    '.a:has(.b) *',
    '.a:has(> img:only-child) > :not([hidden])',
    '.a:has(.b) > :where(.c)',
    '.x, .a:has(.b) ~ *::before',
  ])('finds %j', (selector) => {
    expect(restylesWholePage(selector)).toBe(true);
  });

  it.each([
    '.ds-field:has(input[type=radio])',
    '.ds-field:has(input[type=radio]):not([hidden])',
    '.ds-field:has(input) > :is(.ds-input, .ds-label)',
    'body:has(.page--result) .site-main',
    ':is(.ds-field:where(:has(.ds-input[readonly])) label):before',
    '.a > *',
    '.a:not(:has(.b))',
  ])('leaves %j', (selector) => {
    expect(restylesWholePage(selector)).toBe(false);
  });

  it('finds each selector it rewrites in the Designsystemet files the app imports', () => {
    const all = new Set(appStylesheets().flatMap(({ css }) => selectorsOf(css).map(normalizeSelector)));
    for (const { from } of REWRITES) expect(all.has(normalizeSelector(from)), from).toBe(true);
  });

  it('leaves no such selector in any stylesheet the app imports', async () => {
    let found = 0;
    for (const { name, css } of appStylesheets()) {
      const before = selectorsOf(css).filter(restylesWholePage);
      found += before.length;
      const after = selectorsOf((await postcss([wholePageRestyle()]).process(css, { from: name })).css);
      expect(after.filter(restylesWholePage), name).toEqual([]);
      // It removes nothing else: every other selector is still there.
      const kept = selectorsOf(css).filter((selector) => !before.includes(selector));
      for (const selector of kept) expect(after, `${name}: ${selector}`).toContain(selector);
    }
    // The files as published have them: the check above is not passing for want of any.
    expect(found).toBe(REWRITES.length);
  });

  it('rewrites a selector in a list and keeps the others, and drops a rule left with none', async () => {
    const css =
      '.ds-field:has(input[type=radio],input[type=checkbox])>*,.keep{margin:0}' +
      '.ds-field:has(.ds-input[aria-disabled=true],.ds-input:disabled)>*{opacity:.5}';
    const out = (await postcss([wholePageRestyle()]).process(css, { from: undefined })).css;
    expect(out).toBe(
      '.ds-field:has(input[type=radio],input[type=checkbox])>:is(.ds-label,[data-field]),.keep{margin:0}',
    );
  });
});
