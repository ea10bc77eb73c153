/**
 * Debian's Chromium and the flags it needs here: as root (no sandbox), headless, and with its own
 * background connections off, which this machine's closed network refuses (docs: toolchain notes).
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
