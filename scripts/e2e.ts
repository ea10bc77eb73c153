/**
 * The real-browser suite (`npm run test:e2e`): builds the app, serves the production build on
 * 127.0.0.1 with `vite preview`, runs the Vitest e2e project against it, and always stops the server.
 * The exit code is Vitest's, so CI fails exactly when a browser test fails. With `--no-build` it serves
 * the dist/ already there (`npm test` builds once for size, this suite and Lighthouse). Other arguments
 * pick test files by name, as Vitest's do.
 *
 * Needs Debian's Chromium headless shell at /usr/bin/chromium-headless-shell (`apt-get install -y
 * chromium-headless-shell`) and poppler-utils for the PDF checks (`pdftotext`, `pdfinfo`). The
 * Playwright browser download is neither used nor needed.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { HEADLESS_SHELL_PATH as CHROMIUM } from './lib/chromium';
import { type Preview, startPreview } from './lib/preview-server';

const ROOT = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`\ne2e: ${message}\n`);
  process.exit(1);
}

/** The test run in progress, so an interrupt stops it along with the server. */
let testRun: ChildProcess | undefined;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolveCode) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
    testRun = child;
    child.on('error', (error) => {
      console.error(`e2e: could not start ${command}: ${error.message}`);
      resolveCode(1);
    });
    child.on('exit', (code, signal) => resolveCode(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    fail(
      `${CHROMIUM} is missing. Install Debian's Chromium headless shell first: apt-get install -y chromium-headless-shell`,
    );
  }
  for (const tool of ['pdftotext', 'pdfinfo']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      fail(`${tool} is missing. Install it first: apt-get install -y poppler-utils`);
    }
  }

  if (process.argv.includes('--no-build')) {
    if (!existsSync(resolve(ROOT, 'dist/index.html')))
      fail('--no-build, but there is no dist/: run `npm run build`');
  } else {
    console.log('e2e: building the production bundle (vite build)');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) fail(`vite build failed (exit ${build.status ?? build.signal})`);
  }

  let preview: Preview;
  try {
    preview = await startPreview();
  } catch (error) {
    console.error(`e2e: ${(error as Error).message}`);
    return 1;
  }
  const onSignal = (signal: NodeJS.Signals) => {
    if (testRun && testRun.exitCode === null) testRun.kill(signal);
    void preview.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    console.log(`e2e: serving the build at ${preview.url} (vite preview, pid ${preview.pid})`);
    // Any other argument picks test files, as for Vitest: `npm run test:e2e -- --no-build print`.
    const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
    return await run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...files], {
      ...process.env,
      E2E_BASE_URL: preview.url,
    });
  } finally {
    await preview.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
