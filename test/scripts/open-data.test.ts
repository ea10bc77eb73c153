/**
 * The open data the build publishes (scripts/lib/open-data.ts): the rules as validated, each naming its
 * published JSON Schema and valid against it, the decision table as CSV, and every snapshot in
 * rules/published/ valid against its own schemas, so an earlier version stays published as it was.
 * (test/docs/generated.test.ts holds the current version's snapshot to the rules.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv';
import {
  compareVersions,
  DECISION_TABLE_COLUMNS,
  MANIFEST,
  type OpenDataIndex,
  openDataFiles,
  PUBLISHED_DIR,
  readSnapshot,
  renderVersion,
  snapshotVersions,
  type VersionManifest,
} from '../../scripts/lib/open-data';
import { getRules } from '../../src/content/rules';
import { RULE_FILES } from '../../src/content/schema';
import { thresholdsInForce } from '../../src/domain/thresholds';
import { decisionTable } from '../../src/machine/decision-table';
import { schemaValidator } from '../json-schema';

const ROOT = resolve(import.meta.dirname, '../..');
const rules = getRules();
const current = rules.meta.rulesVersion;

/** Validates each JSON file of a version's files against the schema its manifest (and `$schema`) names. */
function invalidFiles(version: string, files: Record<string, string>): string[] {
  const manifest = JSON.parse(files[MANIFEST] ?? '') as VersionManifest;
  const ajv = schemaValidator();
  const prefix = `/data/rules/${version}/`;
  const problems: string[] = [];
  for (const file of manifest.files.filter((f) => f.schema)) {
    const data = JSON.parse(files[file.path.slice(prefix.length)] ?? 'null') as { $schema?: string };
    const schema = JSON.parse(files[(file.schema ?? '').slice(prefix.length)] ?? 'null');
    if (data.$schema !== file.schema) problems.push(`${file.path}: $schema is ${data.$schema}`);
    const validate = ajv.compile(schema);
    if (!validate(data)) problems.push(`${file.path}: ${ajv.errorsText(validate.errors)}`);
  }
  return problems;
}

describe('the current version', () => {
  const files = renderVersion(rules);
  const manifest = JSON.parse(files[MANIFEST] ?? '') as VersionManifest;

  it('holds every rules file as validated, with its schema, and the decision table', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        ...Object.keys(RULE_FILES).flatMap((name) => [`${name}.json`, `schema/${name}.schema.json`]),
        'decision-table.csv',
        MANIFEST,
      ].sort(),
    );
    expect(manifest.rulesVersion).toBe(current);
    const meta = JSON.parse(files['meta.json'] ?? '');
    expect(meta.$schema).toBe(`/data/rules/${current}/schema/meta.schema.json`);
    const { $schema: _, ...rest } = meta;
    const { $schema: __, ...validated } = rules.meta;
    expect(rest).toEqual(validated);
  });

  it('each JSON file is valid against its published JSON Schema (draft 2020-12)', () => {
    expect(JSON.parse(files['schema/meta.schema.json'] ?? '').$schema).toBe(
      'https://json-schema.org/draft/2020-12/schema',
    );
    expect(invalidFiles(current, files)).toEqual([]);
  });

  it('a tampered file is not', () => {
    const meta = JSON.parse(files['meta.json'] ?? '');
    const tampered = { ...files, 'meta.json': JSON.stringify({ ...meta, rulesVersion: 'latest', extra: 1 }) };
    expect(invalidFiles(current, tampered).join('\n')).toMatch(/meta\.json: .*rulesVersion.*pattern/);
  });

  it('the decision table: the header, then one record per row of the table docs/decision-table.md shows', () => {
    const thresholds = thresholdsInForce(rules.thresholds.thresholds, rules.meta.publishedOn);
    if (!thresholds) throw new Error('no thresholds in force');
    const table = decisionTable(
      thresholds,
      rules.outcomes.outcomes.map((o) => o.id),
    );
    const csv = files['decision-table.csv'] ?? '';
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual(DECISION_TABLE_COLUMNS);
    expect(records).toHaveLength(table.rows.length);
    expect(manifest.files.find((f) => f.name === 'decision-table')?.rows).toBe(table.rows.length);
    expect(records.map((r) => r.at(-1))).toEqual(table.rows.map((r) => r.outcome));
    for (const record of records) expect(record).toHaveLength(DECISION_TABLE_COLUMNS.length);
    expect(csv.endsWith('\r\n')).toBe(true);
    // A row for several authorities is one field, quoted; amounts are ranges in whole kroner.
    expect(csv).toMatch(/^"municipality, county, state, publicLawBody",develop,purchase,.*,1300000\+,/m);
  });
});

describe('the snapshots in rules/published/', () => {
  const versions = snapshotVersions(ROOT);

  it('include the current version', () => {
    expect(versions).toContain(current);
  });

  it.each(versions)('%s is valid against its own schemas, and not newer than the rules', (version) => {
    expect(compareVersions(version, current)).toBeLessThanOrEqual(0);
    expect(invalidFiles(version, readSnapshot(ROOT, version))).toEqual([]);
  });
});

describe('openDataFiles: what the build writes below dist/data/rules/', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  /** A repository whose rules/published/ holds the current snapshot and an earlier version. */
  function repoWithEarlierVersion(earlier: string): string {
    const root = mkdtempSync(join(tmpdir(), 'open-data-'));
    dirs.push(root);
    const files = readSnapshot(ROOT, current);
    for (const [path, content] of Object.entries(files)) {
      const renamed = content.replaceAll(`/data/rules/${current}/`, `/data/rules/${earlier}/`);
      const text =
        path === MANIFEST
          ? renamed.replace(`"rulesVersion": "${current}"`, `"rulesVersion": "${earlier}"`)
          : renamed;
      const file = join(root, PUBLISHED_DIR, earlier, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    return root;
  }

  it('publishes the current version from the rules, earlier ones as kept, and indexes them newest first', () => {
    const root = repoWithEarlierVersion('2020.01.9');
    const out = openDataFiles(rules, root);
    const index = JSON.parse(out[MANIFEST] ?? '') as OpenDataIndex;
    expect(index.latest).toBe(current);
    expect(index.versions.map((v) => v.rulesVersion)).toEqual([current, '2020.01.9']);
    expect(out['2020.01.9/meta.json']).toBe(
      readFileSync(join(root, PUBLISHED_DIR, '2020.01.9/meta.json'), 'utf8'),
    );
    expect(out[`${current}/meta.json`]).toBe(renderVersion(rules)['meta.json']);
    for (const version of index.versions)
      for (const file of version.files) expect(out[file.path.replace('/data/rules/', '')]).toBeDefined();
  });

  it('refuses a snapshot newer than the rules, and one whose files are missing', () => {
    expect(() => openDataFiles(rules, repoWithEarlierVersion('9999.01.1'))).toThrow(/newer than the rules/);
    const root = repoWithEarlierVersion('2020.01.9');
    rmSync(join(root, PUBLISHED_DIR, '2020.01.9/decision-table.csv'));
    expect(() => openDataFiles(rules, root)).toThrow(/2020\.01\.9\/decision-table\.csv is missing/);
  });

  it('orders versions by number, not by text', () => {
    expect(['2026.12.10', '2026.9.1', '2026.12.9'].sort(compareVersions)).toEqual([
      '2026.9.1',
      '2026.12.9',
      '2026.12.10',
    ]);
  });
});
