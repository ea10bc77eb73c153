/**
 * The three interface catalogues say the same things: the same keys (none missing, none extra), lists of
 * the same length, no empty string, and every function returns a non-empty string that uses each
 * parameter the bokmål one uses. The compiler checks the shape too (`nn: Messages`); this test also
 * catches what the type cannot see: an empty string, a placeholder a translation dropped.
 * The texts of the accessibility statement and the privacy page (src/ui/info/texts/), which only the
 * build reads, are held to the same checks.
 * That every text in rules/ has all three languages is tested in test/content/rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/content/vocabulary';
import { INFO_TEXTS } from '../../../src/ui/info/texts/all';
import { CATALOGUES } from '../../../src/ui/text/messages/all-catalogues';

type Leaf = { path: string; value: unknown };

/** Every leaf of a catalogue with its dotted path: strings, functions and the items of lists. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (Array.isArray(value))
    return [
      { path: `${path}[length]`, value: value.length },
      ...value.flatMap((item, i) => leaves(item, `${path}[${i}]`)),
    ];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  return [{ path, value }];
}

const paths = (catalogue: unknown) => leaves(catalogue).map((leaf) => leaf.path);

/** Arguments no translation would write by itself, so each can be found in the output. */
const sampleArguments = (count: number) => Array.from({ length: count }, (_, i) => `«ARG${i}»`);

const others = LOCALES.filter((locale): locale is Exclude<Locale, 'nb'> => locale !== 'nb');

describe.each([
  ['the interface catalogues', CATALOGUES],
  ['the texts of the accessibility statement and the privacy page', INFO_TEXTS],
] as const)('%s', (_, catalogues: Readonly<Record<Locale, object>>) => {
  const nb = catalogues.nb;

  it('exist for every language the content has', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s names its own language', (locale) => {
    expect((catalogues[locale] as { locale: Locale }).locale).toBe(locale);
  });

  it.each(others)('%s has every key bokmål has, and no other', (locale) => {
    const theirs = new Set(paths(catalogues[locale]));
    const ours = new Set(paths(nb));
    const missing = [...ours].filter((path) => !theirs.has(path));
    const extra = [...theirs].filter((path) => !ours.has(path));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(others)('%s has lists as long as the bokmål ones', (locale) => {
    const lengths = (catalogue: unknown) =>
      leaves(catalogue).filter((leaf) => leaf.path.endsWith('[length]'));
    expect(lengths(catalogues[locale])).toEqual(lengths(nb));
  });

  it.each(LOCALES)('%s has no empty string', (locale) => {
    const empty = leaves(catalogues[locale])
      .filter((leaf) => typeof leaf.value === 'string' && leaf.value.trim() === '')
      .map((leaf) => leaf.path);
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('%s has only strings, functions and lists of strings (no missing value)', (locale) => {
    const odd = leaves(catalogues[locale])
      .filter(
        (leaf) => !leaf.path.endsWith('[length]') && !['string', 'function'].includes(typeof leaf.value),
      )
      .map((leaf) => `${leaf.path}: ${typeof leaf.value}`);
    expect(odd).toEqual([]);
  });

  it.each(LOCALES)('%s: every function returns a non-empty string that uses what bokmål uses', (locale) => {
    const functions = leaves(nb).filter((leaf) => typeof leaf.value === 'function');
    expect(functions.length).toBeGreaterThan(0);
    const theirs = new Map(leaves(catalogues[locale]).map((leaf) => [leaf.path, leaf.value]));
    const problems: string[] = [];
    for (const { path, value } of functions) {
      const ours = value as (...args: string[]) => unknown;
      const translated = theirs.get(path);
      if (typeof translated !== 'function') {
        problems.push(`${path}: not a function`);
        continue;
      }
      if (translated.length !== ours.length)
        problems.push(`${path}: takes ${translated.length} arguments, not ${ours.length}`);
      const args = sampleArguments(ours.length);
      const result = (translated as (...args: string[]) => unknown)(...args);
      if (typeof result !== 'string' || result.trim() === '') {
        problems.push(`${path}: returned ${JSON.stringify(result)}`);
        continue;
      }
      const expected = String(ours(...args));
      for (const arg of args) {
        if (expected.includes(arg) && !result.includes(arg)) problems.push(`${path}: leaves out ${arg}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
