/**
 * The real-browser suite (`npm run test:e2e`): builds the app, serves the production build on
 * 127.0.0.1 with `vite preview`, runs the Vitest e2e project against it, and always stops the server.
 * The exit code is Vitest's, so CI fails exactly when a browser test fails.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (`apt-get install -y chromium`) and poppler-utils for
 * the PDF checks (`pdftotext`, `pdfinfo`). The Playwright browser download is neither used nor needed.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const HOST = '127.0.0.1';
const SERVER_START_TIMEOUT_MS = 30_000;

function fail(message: string): never {
  console.error(`\ne2e: ${message}\n`);
  process.exit(1);
}

/** Asks the OS for a port nobody listens on, then releases it for vite preview (--strictPort). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

/** Polls the server until it answers 200, or fails when it exits or takes too long. */
async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(
        `vite preview exited (code ${server.exitCode}, signal ${server.signalCode}) before serving`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${SERVER_START_TIMEOUT_MS / 1000} s`);
}

/** Stops the preview server by its own pid (not a wrapper), escalating to SIGKILL if it lingers. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  const exited = new Promise<void>((r) => server.once('exit', () => r()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
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
    fail(`${CHROMIUM} is missing. Install Debian's Chromium first: apt-get install -y chromium`);
  }
  for (const tool of ['pdftotext', 'pdfinfo']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      fail(`${tool} is missing. Install it first: apt-get install -y poppler-utils`);
    }
  }

  console.log('e2e: building the production bundle (vite build)');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) fail(`vite build failed (exit ${build.status ?? build.signal})`);

  const port = await freePort();
  const baseUrl = `http://${HOST}:${port}`;
  // The vite binary itself (a node script with a shebang), so the pid we hold is the server's.
  const server = spawn(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--host', HOST, '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let serverLog = '';
  server.stdout?.on('data', (chunk) => {
    serverLog += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    serverLog += chunk;
  });

  const onSignal = (signal: NodeJS.Signals) => {
    if (testRun && testRun.exitCode === null) testRun.kill(signal);
    void stopServer(server).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    await waitUntilServing(`${baseUrl}/`, server);
    console.log(`e2e: serving the build at ${baseUrl} (vite preview, pid ${server.pid})`);
    return await run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], {
      ...process.env,
      E2E_BASE_URL: baseUrl,
    });
  } catch (error) {
    console.error(`e2e: ${(error as Error).message}`);
    if (serverLog) console.error(`--- vite preview output ---\n${serverLog}`);
    return 1;
  } finally {
    await stopServer(server);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
