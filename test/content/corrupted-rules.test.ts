/** The rules loader fed truncated and corrupted files: it never crashes, and always names the file. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawRules } from '../../src/content/rules';
import { type RawRules, RULE_FILES, type RuleFileName } from '../../src/content/schema';
import { validateRules } from '../../src/content/validate';

const ROOT = join(__dirname, '../..');
const FILES = Object.keys(RULE_FILES) as RuleFileName[];
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** Runs `npm run rules:check` on a copy of rules/ with one file replaced; returns exit status and stderr. */
function checkWith(file: RuleFileName, content: string): { status: number; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rules-corrupt-'));
  cpSync(join(ROOT, 'rules'), join(dir, 'rules'), { recursive: true });
  writeFileSync(join(dir, `rules/${file}.json`), content);
  try {
    execFileSync('npx', ['tsx', 'scripts/check-rules.ts', '--root', dir], { cwd: ROOT, stdio: 'pipe' });
    return { status: 0, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stderr: Buffer };
    return { status: e.status, stderr: String(e.stderr) };
  }
}

describe('truncated and corrupted rules files', () => {
  it.each([
    ['cut off halfway', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['left empty', () => ''],
    ['full of binary garbage', () => '\u0000\u0001\u00ff{'],
  ])('a file %s fails the check with its name', (_label, corrupt) => {
    const original = readFileSync(join(ROOT, 'rules/outcomes.json'), 'utf8');
    const { status, stderr } = checkWith('outcomes', corrupt(original));
    expect(status).toBe(1);
    expect(stderr).toContain('rules/outcomes.json: (top level): cannot be read as JSON');
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'rules'],
    ['an empty object', {}],
  ])('a file holding %s is named, not crashed on', (_label, value) => {
    for (const file of FILES) {
      const raw = { ...structuredClone(rawRules), [file]: value } as RawRules;
      const result = validateRules(raw);
      expect(result.ok, file).toBe(false);
      if (!result.ok) expect(result.problems.every((p) => p.file === `rules/${file}.json`)).toBe(true);
    }
  });

  it('any random change to a value in any file is either valid or reported against that file', () => {
    const leafPaths = (node: unknown, path: (string | number)[] = []): (string | number)[][] => {
      if (Array.isArray(node)) return node.flatMap((item, i) => leafPaths(item, [...path, i]));
      if (node && typeof node === 'object')
        return Object.entries(node).flatMap(([k, v]) => leafPaths(v, [...path, k]));
      return [path];
    };
    const paths = FILES.map((file) => [file, leafPaths(rawRules[file])] as const);
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.oneof(
          fc.string(),
          fc.integer(),
          fc.constant(null),
          fc.boolean(),
          fc.constant([]),
          fc.constant({}),
        ),
        (fileIndex, pathIndex, replacement) => {
          const [file, leaves] = paths[fileIndex % paths.length] as (typeof paths)[number];
          const path = leaves[pathIndex % leaves.length] ?? [];
          const raw = structuredClone(rawRules) as Record<string, unknown>;
          let node = raw[file] as Record<string | number, unknown>;
          for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
          const last = path.at(-1);
          if (last === undefined) return;
          node[last] = replacement;
          const result = validateRules(raw as RawRules);
          if (!result.ok) {
            for (const problem of result.problems) {
              expect(problem.file).toMatch(/^rules\/[a-z]+\.json$/);
              expect(problem.message.length).toBeGreaterThan(3);
            }
          }
        },
      ),
      { numRuns: Math.min(RUNS, 1000) },
    );
  });
});

describe('a verified fact must cite a page, not only home pages', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the test edits raw JSON on purpose
  type Json = any;
  const withHomePageSource = () => {
    const raw = structuredClone(rawRules) as Record<string, Json>;
    raw.sources.sources.push({
      id: 'home-page-only',
      title: 'A front page',
      publisher: 'Anyone',
      url: 'https://www.example.no/',
    });
    return raw;
  };
  const problemsOf = (raw: Record<string, Json>) => {
    const result = validateRules(raw as RawRules);
    return result.ok ? [] : result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
  };

  it('refuses a verified funding scheme whose every source is a home page, naming file and path', () => {
    const raw = withHomePageSource();
    const i = raw.funding.schemes.findIndex((s: Json) => s.confidence === 'verified');
    const scheme = raw.funding.schemes[i];
    scheme.sourceIds = ['home-page-only', 'tilskudd-portal'];
    expect(problemsOf(raw)).toEqual([
      `rules/funding.json: schemes[${i}] (${scheme.id}).confidence: is "verified", but every source (home-page-only, tilskudd-portal) is a site's home page: cite the page that says it, or lower the confidence`,
    ]);
  });

  it('refuses a verified threshold and a verified regime resting on home pages alone', () => {
    const raw = withHomePageSource();
    const t = raw.thresholds.thresholds.findIndex((x: Json) => x.confidence === 'verified');
    raw.thresholds.thresholds[t].sourceIds = ['home-page-only'];
    const r = raw.procurement.regimes.findIndex((x: Json) => x.confidence === 'verified');
    raw.procurement.regimes[r].sourceIds = ['home-page-only'];
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      new RegExp(
        `^rules/thresholds\\.json: thresholds\\[${t}\\] \\([a-zA-Z]+\\)\\.confidence: is "verified", but every source`,
      ),
    );
    expect(problems[1]).toMatch(
      new RegExp(
        `^rules/procurement\\.json: regimes\\[${r}\\] \\([a-zA-Z]+\\)\\.confidence: is "verified", but every source`,
      ),
    );
  });

  it('accepts the same fact once one source is a page, or once it is no longer marked verified', () => {
    const raw = withHomePageSource();
    const scheme = raw.funding.schemes.find((s: Json) => s.confidence === 'verified');
    scheme.sourceIds = ['home-page-only', 'guide-ch3'];
    expect(problemsOf(raw)).toEqual([]);
    scheme.sourceIds = ['home-page-only'];
    scheme.confidence = 'secondary';
    expect(problemsOf(raw)).toEqual([]);
  });

  it('npm run rules:check exits non-zero on it, naming the file and path', () => {
    const funding = JSON.parse(readFileSync(join(ROOT, 'rules/funding.json'), 'utf8'));
    const i = funding.schemes.findIndex((s: Json) => s.id === 'county-schemes');
    expect(funding.schemes[i].confidence).toBe('verified');
    funding.schemes[i].sourceIds = ['tilskudd-portal'];
    const { status, stderr } = checkWith('funding', JSON.stringify(funding));
    expect(status).toBe(1);
    expect(stderr).toContain(`rules/funding.json: schemes[${i}] (county-schemes).confidence: is "verified"`);
  }, 30_000);

  it('the rules as they are pass it', () => {
    const result = validateRules(structuredClone(rawRules) as RawRules);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('expected threshold revisions are checked like every other fact', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the test edits raw JSON on purpose
  type Json = any;
  const problemsOf = (raw: Record<string, Json>) => {
    const result = validateRules(raw as RawRules);
    return result.ok ? [] : result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
  };

  it('refuses an unknown kind, an unknown key, an unknown source and a kind listed twice', () => {
    const raw = structuredClone(rawRules) as Record<string, Json>;
    raw.thresholds.expectedRevisions[0].kinds = ['eeaWorks'];
    expect(problemsOf(raw)[0]).toMatch(
      /^rules\/thresholds\.json: expectedRevisions\[0\] \(eea-2026\)\.kinds\[0\]: must be one of/,
    );

    const extra = structuredClone(rawRules) as Record<string, Json>;
    extra.thresholds.expectedRevisions[0].amount = 1;
    expect(problemsOf(extra)).toEqual([
      'rules/thresholds.json: expectedRevisions[0] (eea-2026).amount: unknown key "amount"',
    ]);

    const refs = structuredClone(rawRules) as Record<string, Json>;
    const revision = refs.thresholds.expectedRevisions[0];
    revision.sourceIds = ['nowhere'];
    revision.kinds = ['eeaState', 'eeaState'];
    expect(problemsOf(refs)).toEqual([
      `rules/thresholds.json: expectedRevisions[0] (${revision.id}).sourceIds[0]: unknown source "nowhere"`,
      `rules/thresholds.json: expectedRevisions[0] (${revision.id}).kinds[1]: "eeaState" is listed twice`,
    ]);
  });

  it('refuses a thresholds file without the list', () => {
    const raw = structuredClone(rawRules) as Record<string, Json>;
    delete raw.thresholds.expectedRevisions;
    expect(problemsOf(raw)).toEqual(['rules/thresholds.json: expectedRevisions: missing (expected array)']);
  });
});
