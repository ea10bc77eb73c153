/** public/boot.js hides the prerendered start page exactly when the app will show another page or language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBareLocation } from '../../src/ui/links/link-base';
import { preferredLocale, resolveLocale } from '../../src/ui/text/messages/messages-context';

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

describe('the boot script’s preloading', () => {
  function preloadsFor(search: string, languages: string[]): string[] {
    document.head.innerHTML = `
      <meta name="journey-modules" content="/assets/journey-view-1.js /assets/shared-2.js">
      <meta name="journey-rules-nb" content="/assets/rules-nb-3.js">
      <meta name="journey-rules-nn" content="/assets/rules-nn-4.js">
      <meta name="journey-rules-en" content="/assets/rules-en-5.js">
      <meta name="messages-nn" content="/assets/nn-6.js">
      <meta name="messages-en" content="/assets/en-7.js">`;
    runBoot(search, languages);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
    return links.map((link) => new URL(link.href).pathname);
  }

  it('preloads the journey and the rules in the page’s language for a link with answers', () => {
    expect(preloadsFor('?authority=state&lang=nn', ['nb-NO'])).toEqual([
      '/assets/nn-6.js',
      '/assets/journey-view-1.js',
      '/assets/shared-2.js',
      '/assets/rules-nn-4.js',
    ]);
    expect(preloadsFor('?authority=state', ['en-GB'])).toEqual([
      '/assets/en-7.js',
      '/assets/journey-view-1.js',
      '/assets/shared-2.js',
      '/assets/rules-en-5.js',
    ]);
    expect(preloadsFor('?authority=state', ['nb-NO'])).toEqual([
      '/assets/journey-view-1.js',
      '/assets/shared-2.js',
      '/assets/rules-nb-3.js',
    ]);
  });

  it('preloads only the catalogue for the start page in nynorsk or English, and nothing in bokmål', () => {
    expect(preloadsFor('', ['nb-NO'])).toEqual([]);
    expect(preloadsFor('?lang=en', ['nb-NO'])).toEqual(['/assets/en-7.js']);
    expect(preloadsFor('', ['nn-NO'])).toEqual(['/assets/nn-6.js']);
  });

  it('does nothing when the page names no modules (the development server)', () => {
    document.head.innerHTML = '';
    runBoot('?authority=state', ['nb-NO']);
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });
});
