/**
 * Debian's Chromium and the flags it needs here: as root (no sandbox), headless, and with its own
 * background connections off, which this machine's closed network refuses (docs: toolchain notes).
 */

/** The browser a reader runs (package `chromium`): Lighthouse measures it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The same Chromium's headless shell (package `chromium-headless-shell`): the same Blink and V8, and
 * the same printing to PDF, without the browser's own user interface around them. The real-browser
 * suite drives it: 170 tests in about 270 s against about 575 s with the full browser, the same
 * minutes on this machine (README, "The real-browser suite").
 */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
