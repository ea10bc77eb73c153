/**
 * Asks the browser to fetch, at its lowest priority and without running it, a module the build names in
 * `<meta name="…">` (vite.config.ts, journeyModulesHint), so that importing it later finds it
 * downloaded. Once per file: nothing if the page already links it (public/boot.js preloads what a page
 * needs at once), and nothing where the page names none (the development server, tests).
 */
export function prefetchHinted(name: string): void {
  const files = document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.split(' ') ?? [];
  for (const href of files.filter(Boolean)) {
    const linked = [...document.head.querySelectorAll('link')].some(
      (link) => link.getAttribute('href') === href,
    );
    if (linked) continue;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    document.head.appendChild(link);
  }
}
