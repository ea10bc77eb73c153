/**
 * React DOM makes five sentinel errors when its module is first evaluated (`SuspenseException`,
 * `SuspenseyCommitException`, `SuspenseActionException`, `HydrationMismatchException`,
 * `SelectiveHydrationException`): objects it throws to unwind a render and recognises by identity. It
 * never reads their stack.
 *
 * Making an Error records the call stack. With DevTools' Runtime domain on, which Lighthouse turns on
 * for every run, V8 also works out where in the source each function on that stack is, and it keeps no
 * such table for code it compiled lazily: it parses the functions again. At that moment the stack holds
 * React DOM's whole module body and the main script's top level, so the main script's evaluation grew
 * from about 5 ms to 40–45 ms unthrottled (Chromium 150, this machine; docs/adr/0004, session 14).
 * Lighthouse multiplies that by its CPU slowdown and counts it as blocking time. A reader's browser
 * without DevTools does not pay it, but anyone measuring the guide with Lighthouse or DevTools did.
 *
 * The build makes the five from `Error.prototype` instead: the same message, still `instanceof Error`,
 * no stack recorded. Each must be found exactly once, or the build stops with a message naming it, so a
 * React upgrade that changes them is noticed, not silently left out (test/scripts/react-sentinels.test.ts
 * holds the installed React DOM to that).
 */
import type { Plugin } from 'vite';

/** React DOM's client in production, as `react-dom/client` resolves it. */
export const REACT_DOM_CLIENT = /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;

/** The sentinels, by React's name and the production error code it formats their message with. */
export const REACT_SENTINELS = [
  ['HydrationMismatchException', 519],
  ['SuspenseException', 460],
  ['SuspenseyCommitException', 474],
  ['SuspenseActionException', 542],
  ['SelectiveHydrationException', 461],
] as const;

const made = (name: string, code: number) => `${name} = Error(formatProdErrorMessage(${code}))`;
const madeWithoutStack = (name: string, code: number) =>
  `${name} = Object.create(Error.prototype, { message: { value: formatProdErrorMessage(${code}), writable: !0, configurable: !0 } })`;

/** React DOM's client with its sentinels made without a stack; throws naming any not found exactly once. */
export function withoutSentinelStacks(source: string): string {
  let out = source;
  for (const [name, code] of REACT_SENTINELS) {
    const found = out.split(made(name, code)).length - 1;
    if (found !== 1)
      throw new Error(
        `react-sentinels: React DOM's client makes "${made(name, code)}" ${found} times, not once. ` +
          'React has changed: see scripts/lib/react-sentinels.ts and docs/adr/0004 (session 14).',
      );
    out = out.replace(made(name, code), () => madeWithoutStack(name, code));
  }
  return out;
}

/** The build's rewrite of React DOM's sentinels (the development build is React's own, untouched). */
export function reactSentinels(): Plugin {
  return {
    name: 'samarbeidsveiviseren:react-sentinels',
    apply: 'build',
    transform: {
      filter: { id: REACT_DOM_CLIENT },
      handler(code) {
        return { code: withoutSentinelStacks(code), map: null };
      },
    },
  };
}
