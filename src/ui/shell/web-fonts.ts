/**
 * Inter once the page the app drew has been painted. public/boot.js marks the document with
 * FONTS_AFTER_PAINT before its first paint, so the page is first drawn in the metric-matched fallback
 * and no font competes with the scripts a link needs (src/app/fonts.css, docs/adr/0004). This lifts the
 * mark after the next frame has been painted; the browser then fetches Inter and swaps it in.
 * test/app/boot-script.test.ts holds boot.js to the same class name.
 */
export const FONTS_AFTER_PAINT = 'fonts-after-paint';

/** Lets the document use its web fonts after the next frame, if boot.js held them back. */
export function allowWebFontsAfterNextPaint(): void {
  const root = document.documentElement;
  if (!root.classList.contains(FONTS_AFTER_PAINT)) return;
  // A frame's callbacks run before it is painted; a task queued from one runs after that paint.
  requestAnimationFrame(() => setTimeout(() => root.classList.remove(FONTS_AFTER_PAINT), 0));
}
