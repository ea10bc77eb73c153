/**
 * The build drops the theme's rules for attributes the guide never sets (scripts/lib/unset-attributes.ts):
 * the dark and automatic colour schemes and the secondary typography. It keeps everything the light
 * scheme and the primary typography give `:root`, and nothing the interface draws sets those attributes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { needsUnsetAttribute, UNSET_ATTRIBUTES, unsetAttributes } from '../../scripts/lib/unset-attributes';

const require = createRequire(import.meta.url);
const THEME = require.resolve('@digdir/designsystemet-css/theme');

const prune = async (css: string) =>
  (await postcss([unsetAttributes()]).process(css, { from: undefined })).css;

/** Every custom property a rule listing `:root` sets, with its value, in cascade order (the last wins). */
function rootProperties(css: string): Map<string, string> {
  const found = new Map<string, string>();
  postcss.parse(css).walkRules((rule) => {
    if (!rule.selectors.includes(':root')) return;
    // Under a media query the value is conditional: those are compared separately (none are expected).
    let parent = rule.parent;
    while (parent && parent.type !== 'root') {
      if (parent.type === 'atrule' && (parent as postcss.AtRule).name === 'media') return;
      parent = parent.parent;
    }
    rule.walkDecls((decl) => {
      if (decl.prop.startsWith('--')) found.set(decl.prop, decl.value);
    });
  });
  return found;
}

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

describe('selectors that need an attribute the guide never sets', () => {
  it.each([
    '[data-color-scheme=dark]',
    '[data-color-scheme]',
    '[data-color-scheme="auto"]',
    '[data-color-scheme][data-color=brand1]',
    '[data-typography=secondary]',
    '.a [data-color-scheme=light] .b',
  ])('drops %j', (selector) => {
    expect(needsUnsetAttribute(selector)).toBe(true);
  });

  it.each([':root', '[data-color=info]', '.a:not([data-color-scheme])', '[data-size=sm]'])(
    'keeps %j',
    (selector) => {
      expect(needsUnsetAttribute(selector)).toBe(false);
    },
  );

  it('keeps the other selectors of a list, and removes a rule and its at-rules once nothing is left', async () => {
    const css = await prune(
      '@layer a{:root,[data-color-scheme=light]{--x:1}}' +
        '@layer b{@media (prefers-color-scheme:dark){[data-color-scheme=auto]{--x:2}}}' +
        '[data-color-scheme][data-color=info],[data-color=info]{--y:3}',
    );
    expect(css).toBe('@layer a{:root{--x:1}}[data-color=info]{--y:3}');
  });

  it('leaves the theme without them, and :root with every value it had', async () => {
    const theme = readFileSync(THEME, 'utf8');
    for (const name of UNSET_ATTRIBUTES) expect(theme, `the theme no longer uses ${name}`).toContain(name);
    const pruned = await prune(theme);
    for (const name of UNSET_ATTRIBUTES) expect(pruned).not.toContain(name);
    const before = rootProperties(theme);
    const after = rootProperties(pruned);
    // The light scheme's colours and the primary typography are there, as before.
    expect(before.size).toBeGreaterThan(300);
    expect(after).toEqual(before);
    expect(pruned.length).toBeLessThan(theme.length * 0.7);
  });

  it('is never set by the interface, its pages or the build', () => {
    const files = [
      'index.html',
      ...filesUnder('src'),
      ...filesUnder('public'),
      ...filesUnder('scripts').filter((file) => !file.endsWith('unset-attributes.ts')),
    ].filter((file) => /\.(tsx?|jsx?|css|html|json)$/.test(file));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const name of UNSET_ATTRIBUTES)
        expect(text.includes(name), `${file} mentions ${name}`).toBe(false);
    }
  });
});
