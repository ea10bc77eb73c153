/**
 * `npm run lighthouse`: Lighthouse 12.2.3 (pinned) in Debian's Chromium against the production build,
 * mobile (Lighthouse's default: a mid-range phone, slow 4G, 4× CPU slowdown), for the start page, a
 * question and a result. Prints each score and the measurements behind Performance, and fails under
 * budget: Performance ≥ 95, Accessibility 100, Best Practices 100, SEO ≥ 90 (issue 7).
 *
 * Each page is measured RUNS (7) times, round by round, and the run with the median Performance score
 * counts, as Lighthouse's own documentation advises (it suggests five at least): a single run varies by a
 * few points with the machine's load.
 * The browser's language is Norwegian bokmål, as for the officers the guide is for. With another
 * language the start page is drawn by script instead of shown prerendered; `--all` measures that case
 * too and prints it for information, without a budget (`npm test` leaves it out: seven runs that hold
 * nothing to a budget).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium';
import { startPreview } from './lib/preview-server';
import { holdBrowserPriority, raiseOwnPriority, rerunInOwnSession } from './lib/priority';

const CHROME = process.env.CHROME_PATH ?? CHROMIUM_PATH;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 7);
/** Lighthouse's own mobile throttling (slow 4G, the CPU slowed 4×), the setting the budgets are for. */
const MOBILE = throttling.mobileSlow4G;
/**
 * LIGHTHOUSE_CPU_SLOWDOWN=8: the CPU slowed eight times instead of Lighthouse's four, to see what a host
 * half as fast would score (docs/adr/0004, session 11). For information: the budgets are set for 4×, so
 * such a run prints them but does not fail on them.
 */
const SLOWDOWN = Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN ?? MOBILE.cpuSlowdownMultiplier);
if (!(SLOWDOWN >= 1)) {
  console.error(
    `LIGHTHOUSE_CPU_SLOWDOWN must be a number of at least 1, not ${process.env.LIGHTHOUSE_CPU_SLOWDOWN}`,
  );
  process.exit(1);
}
const HELD_TO_BUDGET = SLOWDOWN === MOBILE.cpuSlowdownMultiplier;
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 } as const;
/** The measurements behind the Performance score, printed so a drop can be traced. */
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;
const RESULT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result';
/** [name, path, browser language, held to the budget] */
const PAGES = [
  ['start page', '/', 'nb-NO', true],
  ['question', '/?authority=municipality&goal=implement&step=payment', 'nb-NO', true],
  ['result', RESULT, 'nb-NO', true],
  ...(process.argv.includes('--all')
    ? ([['start page, English browser (for information)', '/', 'en-GB', false]] as const)
    : []),
] as const;

// In a session of its own, so that raising this session's priority below raises nothing else
// (scripts/lib/priority.ts). The re-run does the work; this process waits and passes on its exit code.
const rerun = await rerunInOwnSession();
if (rerun !== null) process.exit(rerun);

if (!existsSync(CHROME)) {
  console.error(`Chromium not found at ${CHROME}: apt-get install -y chromium`);
  process.exit(1);
}
if (!process.argv.includes('--no-build'))
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const score = (report: Report, id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);

async function measure(url: string, language: string): Promise<Report> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    // chrome-launcher gives the browser 50 polls of 0.5 s to open its debugging port. On a loaded
    // two-core machine that was too short once (ECONNREFUSED after 25 s, ending the whole run); the
    // browser starts at the machine's normal priority, before holdBrowserPriority can raise it. Three
    // minutes, as for a browser in the real-browser suite.
    maxConnectionRetries: 360,
    chromeFlags: ['--headless=new', `--lang=${language}`, `--accept-lang=${language}`, ...CHROMIUM_FLAGS],
  });
  const release = holdBrowserPriority(chrome.pid);
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(BUDGET),
      ...(HELD_TO_BUDGET ? {} : { throttling: { ...MOBILE, cpuSlowdownMultiplier: SLOWDOWN } }),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    release();
    await chrome.kill();
  }
}

// Measure the page, not the machine's neighbours: Lighthouse's simulated throttling multiplies the main
// thread's observed work by four, so on a shared machine (CI runs on one) every millisecond another
// process takes from the browser would become blocking time. This process (with the preview server) and
// every Chromium it launches run at a high scheduling priority, their session groups included
// (scripts/lib/priority.ts, docs/adr/0004). Each report's benchmark index shows whether it held.
const notRaised = raiseOwnPriority();
if (notRaised.length)
  console.warn(
    `Lighthouse: could not raise ${notRaised.join(', ')} (needs root): scores may follow the load`,
  );

const preview = await startPreview(process.env.LIGHTHOUSE_OUT_DIR ?? 'dist');
let failed = false;
try {
  console.log(
    `Lighthouse ${RUNS} runs per page, the median counts; mobile; budgets ${JSON.stringify(BUDGET)}`,
  );
  if (!HELD_TO_BUDGET)
    console.log(
      `CPU slowed ${SLOWDOWN}× instead of ${MOBILE.cpuSlowdownMultiplier}×: for information, the budgets are not held`,
    );
  // Round by round, one run of each page per round, rather than all runs of one page together: a spell
  // of load on the machine then touches one run of several pages, not several runs of one, so it
  // cannot move one page's median on its own.
  const reports: Report[][] = PAGES.map(() => []);
  for (let run = 0; run < RUNS; run++)
    for (const [index, [, path, language]] of PAGES.entries())
      reports[index]?.push(await measure(`${preview.url}${path}`, language));
  for (const [index, [name, , , budgeted]] of PAGES.entries()) {
    const runs = reports[index] as Report[];
    runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const median = runs[Math.floor(runs.length / 2)] as Report;
    const line: string[] = [];
    let pageFailed = false;
    for (const [id, minimum] of Object.entries(BUDGET)) {
      const ok = !budgeted || !HELD_TO_BUDGET || score(median, id) >= minimum;
      pageFailed ||= !ok;
      line.push(
        `${median.categories[id]?.title ?? id} ${score(median, id)}${ok ? '' : ` (under ${minimum})`}`,
      );
    }
    failed ||= pageFailed;
    const all = runs.map((report) => score(report, 'performance')).join(', ');
    // Lighthouse's benchmark index: the machine's speed as the browser saw it in each run (about 2 500
    // here when quiet); a low one means the run shared the CPU.
    const speed = runs.map((report) => Math.round(report.environment.benchmarkIndex)).join(', ');
    console.log(
      `${name}\n  ${line.join(' · ')}   (Performance in each run: ${all}; benchmark index: ${speed})`,
    );
    const metrics = METRICS.map(([id, label]) => `${label} ${median.audits[id]?.displayValue ?? '?'}`);
    console.log(`  ${metrics.join(' · ')}`);
    if (pageFailed) {
      for (const audit of Object.values(median.audits)) {
        if (
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'notApplicable'
        )
          console.log(`    ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
      }
    }
  }
} finally {
  await preview.stop();
}
console.log(
  !HELD_TO_BUDGET
    ? `Lighthouse: CPU slowed ${SLOWDOWN}×, no budget held`
    : failed
      ? 'Lighthouse: budgets NOT met'
      : 'Lighthouse: all budgets met',
);
process.exit(failed ? 1 : 0);
