/**
 * The rules as the browser takes them. They were validated when the bundle was built (the Vite plugin
 * in vite.config.ts fails the build with a message naming file and path) and by every test run, so the
 * browser does not parse them again: that keeps Zod out of the bundle and the work off a slow phone's
 * main thread (docs/adr/0004). During development the plugin re-validates each changed rules file.
 */
import { rawRules } from './raw-rules';
import type { Rules } from './vocabulary';

export function bundledRules(): Rules {
  return rawRules as unknown as Rules;
}
