/**
 * Serves the production build with `vite preview` on a free loopback port, for the scripts that drive a
 * browser (the e2e suite, Lighthouse). The pid held is the server's own (the vite binary, not an npx
 * wrapper), so stopping it really stops it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;

/** Asks the OS for a port nobody listens on, then releases it for vite preview (--strictPort). */
export function freePort(): Promise<number> {
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

export type Preview = { url: string; pid: number | undefined; log: () => string; stop: () => Promise<void> };

/** Starts the server and resolves once it answers 200; rejects (with its output) if it exits or is too slow. */
export async function startPreview(outDir = 'dist'): Promise<Preview> {
  const port = await freePort();
  const url = `http://${HOST}:${port}`;
  const server = spawn(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--outDir', outDir, '--host', HOST, '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const preview: Preview = { url, pid: server.pid, log: () => output, stop: () => stopServer(server) };
  try {
    await waitUntilServing(`${url}/`, server);
  } catch (error) {
    await preview.stop();
    throw new Error(`${(error as Error).message}\n--- vite preview output ---\n${output}`);
  }
  return preview;
}

async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
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
  throw new Error(`vite preview did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

/** Stops the server by its own pid, escalating to SIGKILL if it lingers. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  const exited = new Promise<void>((r) => server.once('exit', () => r()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
