/**
 * Gives the browser that Lighthouse measures the CPU before anything else on the machine (docs/adr/0004).
 *
 * Lighthouse's simulated throttling multiplies the main thread's observed work by four, so every
 * millisecond another process takes from the renderer becomes blocking time, and on a shared machine
 * the score moves by chance. Raising the measuring process's own priority is not enough on Linux, as
 * measured on this machine:
 *
 * - Chromium sets its processes' priorities itself: its zygote and renderers ran at nice 0 (a
 *   background renderer at +5) while the process that launched it ran at -14. So every thread of the
 *   launched browser is raised, and raised again while it runs (`holdBrowserPriority`).
 * - With autogroup scheduling (Linux's default for desktops and many servers), nice values only rank
 *   processes within one session; between sessions the CPU is shared evenly, whatever their nice
 *   values. chrome-launcher starts the browser in a session of its own, which ran at nice 0 beside a
 *   busy neighbour's. So the browser's group is raised too, and this process's own
 *   (`raiseOwnPriority`), which holds the preview server.
 *
 * Raising a priority needs root (CAP_SYS_NICE). Without it nothing is raised and the caller is told, so
 * a score measured at normal priority is never mistaken for an isolated one.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { constants, getPriority, setPriority } from 'node:os';

const HIGH = constants.priority.PRIORITY_HIGH; // nice -14
/** How often the browser's threads are checked: a renderer Chromium starts or resets is raised within this. */
const HOLD_INTERVAL_MS = 10;

/** Raises this process and its autogroup. Returns what could not be raised (empty when all was). */
export function raiseOwnPriority(): string[] {
  const failed: string[] = [];
  try {
    setPriority(HIGH);
  } catch {
    failed.push('process priority');
  }
  try {
    if (readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() === '1')
      writeFileSync('/proc/self/autogroup', String(HIGH));
  } catch {
    // No autogroup file (not Linux, or a kernel without it): nothing to raise. A refusal is reported.
    try {
      readFileSync('/proc/self/autogroup');
      failed.push('session (autogroup) priority');
    } catch {}
  }
  return failed;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** Every process in the tree under `pid` (itself included), through /proc/<pid>/task/<tid>/children. */
export function processTree(pid: number): number[] {
  const seen: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const next = queue.shift() as number;
    if (seen.includes(next)) continue;
    seen.push(next);
    for (const tid of threads(next))
      for (const child of read(`/proc/${next}/task/${tid}/children`).split(' ').filter(Boolean))
        queue.push(Number(child));
  }
  return seen;
}

function threads(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [];
  }
}

/** Raises every thread of every process under `pid`, and each one's autogroup, below the high priority. */
export function raiseTree(pid: number): number {
  let raised = 0;
  for (const process of processTree(pid)) {
    const group = /nice (-?\d+)/.exec(read(`/proc/${process}/autogroup`));
    if (group && Number(group[1]) !== HIGH) {
      try {
        writeFileSync(`/proc/${process}/autogroup`, String(HIGH));
        raised++;
      } catch {}
    }
    for (const tid of threads(process)) {
      try {
        if (getPriority(tid) !== HIGH) {
          setPriority(tid, HIGH);
          raised++;
        }
      } catch {
        // The thread ended between listing and raising it.
      }
    }
  }
  return raised;
}

/** Keeps the browser under `pid` at the high priority until the returned function is called. */
export function holdBrowserPriority(pid: number | undefined): () => void {
  if (pid === undefined) return () => {};
  raiseTree(pid);
  const timer = setInterval(() => raiseTree(pid), HOLD_INTERVAL_MS);
  return () => clearInterval(timer);
}

/**
 * Re-runs this script in a session of its own (util-linux `setsid`), so that raising the session's
 * autogroup (`raiseOwnPriority`) raises this script and what it starts, and nothing else. Without it,
 * a busy process started from the same shell or script as `npm test` shares the session, and raising
 * the session raised that process too: Lighthouse's benchmark index fell from about 2 000 to 400–1 000
 * with two `yes` started beside `npm test`, while with the same two in another session it held.
 *
 * Resolves to the re-run's exit code, or to null when this process already is the re-run, or when it
 * cannot be made (no setsid, not Linux): then the caller simply goes on in its own session.
 */
export function rerunInOwnSession(marker = 'OWN_SESSION'): Promise<number | null> {
  if (process.env[marker] === '1' || process.platform !== 'linux') return Promise.resolve(null);
  return new Promise((resolveRun) => {
    const child = spawn(
      'setsid',
      ['--wait', process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      { stdio: 'inherit', env: { ...process.env, [marker]: '1' } },
    );
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, forward);
    child.on('error', () => resolveRun(null));
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}
