/** public/boot.js hides the prerendered start page exactly when the app will show another page or language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preferredLocale, resolveLocale } from '../../src/ui/messages/messages-context';
import { isBareLocation } from '../../src/ui/routing/link-base';

const script = readFileSync(join(__dirname, '../../public/boot.js'), 'utf8');

function runBoot(search: string, languages: string[]): boolean {
  window.history.replaceState(null, '', `/${search}`);
  Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => languages });
  document.documentElement.classList.remove('prerender-stale');
  new Function(script)();
  return document.documentElement.classList.contains('prerender-stale');
}

describe('the boot script', () => {
  it.each([
    ['', ['nb-NO']],
    ['', ['en-GB', 'nb']],
    ['', ['nn-NO']],
    ['', ['de-DE']],
    ['', ['de-DE', 'en-US']],
    ['?lang=nb', ['en-GB']],
    ['?lang=nn', ['nb-NO']],
    ['?lang=en', ['nb-NO']],
    ['?lang=xx', ['nn']],
    ['?authority=state', ['nb-NO']],
    ['?step=how&lang=nb', ['nb-NO']],
  ])('agrees with the app for %j with browser languages %j', (search, languages) => {
    const params = new URLSearchParams(search);
    const appShowsPrerendered =
      isBareLocation(params) && resolveLocale(params.get('lang'), languages) === 'nb';
    expect(runBoot(search, languages)).toBe(!appShowsPrerendered);
    expect(preferredLocale(languages)).toBeTruthy();
  });
});
