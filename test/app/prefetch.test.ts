/** What the app asks the browser to download ahead, without running it (src/app/prefetch.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { prefetchHinted } from '../../src/app/prefetch';

const links = () =>
  [...document.head.querySelectorAll('link')].map((link) => [link.rel, link.getAttribute('href')]);

afterEach(() => {
  document.head.innerHTML = '';
});

describe('prefetchHinted', () => {
  it('prefetches each file the build names, once', () => {
    document.head.innerHTML = '<meta name="result-rules-nb" content="/assets/rules-result-nb-1.js">';
    prefetchHinted('result-rules-nb');
    prefetchHinted('result-rules-nb');
    expect(links()).toEqual([['prefetch', '/assets/rules-result-nb-1.js']]);
  });

  it('leaves a file the page already links (boot.js preloaded it) as it is', () => {
    document.head.innerHTML = `<meta name="result-rules-nb" content="/assets/rules-result-nb-1.js">
      <link rel="modulepreload" href="/assets/rules-result-nb-1.js">`;
    prefetchHinted('result-rules-nb');
    expect(links()).toEqual([['modulepreload', '/assets/rules-result-nb-1.js']]);
  });

  it('does nothing where the page names no such file (the development server)', () => {
    prefetchHinted('result-rules-nb');
    expect(links()).toEqual([]);
  });
});
