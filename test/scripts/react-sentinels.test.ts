// @vitest-environment jsdom
/**
 * The build makes React DOM's five sentinel errors without recording a stack
 * (scripts/lib/react-sentinels.ts, docs/adr/0004 session 14). Held here against the React DOM installed:
 * each is found once and rewritten, nothing else changes, React DOM so rewritten still suspends and
 * resumes (it throws SuspenseException and recognises it by identity), and a React DOM without one of
 * them stops the build with its name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REACT_DOM_CLIENT, REACT_SENTINELS, withoutSentinelStacks } from '../../scripts/lib/react-sentinels';

const require = createRequire(import.meta.url);
/** A file of an installed package (their `exports` do not list their cjs/ files). */
const inPackage = (name: string, file: string) =>
  join(dirname(require.resolve(`${name}/package.json`)), file);
const CLIENT = inPackage('react-dom', 'cjs/react-dom-client.production.js');
const source = readFileSync(CLIENT, 'utf8');

/** React's production builds, as the guide's bundle has them (the tests otherwise get the development ones). */
const PRODUCTION: Record<string, string> = {
  react: inPackage('react', 'cjs/react.production.js'),
  'react-dom': inPackage('react-dom', 'cjs/react-dom.production.js'),
  scheduler: inPackage('scheduler', 'cjs/scheduler.production.js'),
};

type ReactModule = typeof import('react');
type ClientModule = typeof import('react-dom/client');
const React = require(PRODUCTION.react as string) as ReactModule;

/** Suspends until its promise resolves, then shows what it resolved to. */
function Reader({ promise }: { promise: Promise<string> }) {
  return React.createElement('p', null, React.use(promise));
}

/** Evaluates a CommonJS module's source with React's production builds as its dependencies. */
function evaluate<T>(code: string, file: string): T {
  const local = createRequire(file);
  const module = { exports: {} as T };
  new Function('require', 'module', 'exports', code)(
    (name: string) => local(PRODUCTION[name] ?? name),
    module,
    module.exports,
  );
  return module.exports;
}

describe('React DOM’s sentinels, made without a stack', () => {
  it('the plugin applies to React DOM’s production client as it resolves', () => {
    expect(REACT_DOM_CLIENT.test(CLIENT)).toBe(true);
  });

  it('each of the five is found once and made from Error.prototype, with its error code', () => {
    const out = withoutSentinelStacks(source);
    for (const [name, code] of REACT_SENTINELS) {
      expect(out).not.toContain(`${name} = Error(`);
      expect(out).toContain(
        `${name} = Object.create(Error.prototype, { message: { value: formatProdErrorMessage(${code}),`,
      );
    }
  });

  it('nothing else changes: every other error is still made with Error', () => {
    const count = (code: string) => code.split('Error(formatProdErrorMessage(').length - 1;
    const out = withoutSentinelStacks(source);
    expect(count(out)).toBe(count(source) - REACT_SENTINELS.length);
    expect(out.length - source.length).toBeGreaterThan(0);
    // Outside the five assignments, the text is the same.
    let rest = out;
    for (const [name] of REACT_SENTINELS)
      rest = rest.replace(new RegExp(`${name} = Object\\.create\\([^;]*?\\} \\}\\)`), '');
    let restOfSource = source;
    for (const [name] of REACT_SENTINELS)
      restOfSource = restOfSource.replace(new RegExp(`${name} = Error\\([^;]*?\\)\\)`), '');
    expect(rest).toBe(restOfSource);
  });

  it('React DOM so rewritten still suspends on a promise and draws once it resolves', async () => {
    const client = evaluate<ClientModule>(withoutSentinelStacks(source), CLIENT);
    let resolve: (value: string) => void = () => {};
    const promise = new Promise<string>((done) => {
      resolve = done;
    });
    const container = document.createElement('div');
    const root = client.createRoot(container);
    root.render(
      React.createElement(
        React.Suspense,
        { fallback: React.createElement('p', null, 'venter') },
        React.createElement(Reader, { promise }),
      ),
    );
    await vi.waitFor(() => expect(container.textContent).toBe('venter'));
    resolve('ferdig');
    await vi.waitFor(() => expect(container.textContent).toBe('ferdig'));
    root.unmount();
  });

  it('a React DOM without one of them stops the build, naming it', () => {
    const changed = source.replace(
      'SuspenseException = Error(formatProdErrorMessage(460))',
      'SuspenseException = 1',
    );
    expect(() => withoutSentinelStacks(changed)).toThrow(
      /"SuspenseException = Error\(formatProdErrorMessage\(460\)\)" 0 times, not once\. React has changed/,
    );
  });
});
