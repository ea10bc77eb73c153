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
