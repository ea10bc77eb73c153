/**
 * `npm test`: every test, one production build. Runs, in order and stopping at the first failure:
 * rules validation, TypeScript, Biome, the unit and interface tests, the production build, then the
 * size budget, the real-browser suite and Lighthouse against that one dist/ (each with --no-build).
 * Prints how long each stage took and the total, also when a stage fails.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** [name, command, arguments] */
const STAGES: readonly (readonly [string, string, readonly string[]])[] = [
  ['rules:check', 'npm', ['run', '--silent', 'rules:check']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit and interface tests', 'npm', ['run', '--silent', 'test:unit']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['size', 'npm', ['run', '--silent', 'size', '--', '--no-build']],
  ['real browser', 'npm', ['run', '--silent', 'test:e2e', '--', '--no-build']],
  ['lighthouse', 'npm', ['run', '--silent', 'lighthouse', '--', '--no-build']],
];

/** The stage running now, so an interrupt stops it too. */
let current: ReturnType<typeof spawn> | undefined;

function run(command: string, args: readonly string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    current = child;
    child.on('error', (error) => {
      console.error(`test: could not start ${command}: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const clock = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};

const started = Date.now();
const times: [string, number, number][] = [];
let failed: string | undefined;
for (const [name, command, args] of STAGES) {
  console.log(`\n▶ ${name}`);
  const begin = Date.now();
  const code = await run(command, args);
  times.push([name, Date.now() - begin, code]);
  if (code !== 0) {
    failed = name;
    break;
  }
}

const total = Date.now() - started;
console.log('\nnpm test: time per stage');
for (const [name, ms, code] of times)
  console.log(`  ${name.padEnd(26)} ${seconds(ms).padStart(8)}${code ? `  FAILED (exit ${code})` : ''}`);
console.log(`  ${'total'.padEnd(26)} ${seconds(total).padStart(8)}  (${clock(total)})`);
console.log(failed ? `npm test: FAILED at ${failed}` : 'npm test: all green');
process.exit(failed ? 1 : 0);
