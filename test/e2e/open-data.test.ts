/**
 * Open data on the built site (README, "Open data"): the browser fetches the index of rules versions
 * and every file it lists from the served build; each rules file validates against the JSON Schema its
 * `$schema` names (ajv, draft 2020-12), a tampered one does not, and the decision table's CSV reads with
 * the expected header and one record per row of the decision table.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv';
import type { OpenDataIndex } from '../../scripts/lib/open-data';
import { getRules } from '../../src/content/rules';
import { QUESTION_IDS } from '../../src/content/vocabulary';
import { thresholdsInForce } from '../../src/domain/thresholds';
import { decisionTable } from '../../src/machine/decision-table';
import { schemaValidator } from '../json-schema';
import { goto, launchBrowser, withApp } from './browser';

type Fetched = { url: string; status: number; type: string | null; text: string };

/** Fetches paths of the site from a page of the app, as another page on the origin would. */
function fetchAll(page: Page, paths: string[]): Promise<Fetched[]> {
  return page.evaluate(
    (list) =>
      Promise.all(
        list.map(async (path) => {
          const response = await fetch(path);
          return {
            url: response.url,
            status: response.status,
            type: response.headers.get('content-type'),
            text: await response.text(),
          };
        }),
      ),
    paths,
  );
}

let browser: Browser;
let index: OpenDataIndex;
/** Every file of every version, by URL path. */
const files = new Map<string, Fetched>();

beforeAll(async () => {
  browser = await launchBrowser();
  await withApp(browser, async ({ page }) => {
    await goto(page, '/');
    const [indexResponse] = await fetchAll(page, ['/data/rules/index.json']);
    if (indexResponse?.status !== 200)
      throw new Error(`/data/rules/index.json: HTTP ${indexResponse?.status}`);
    index = JSON.parse(indexResponse.text) as OpenDataIndex;
    const paths = index.versions.flatMap((version) =>
      version.files.flatMap((file) => (file.schema ? [file.path, file.schema] : [file.path])),
    );
    const fetched = await fetchAll(page, paths);
    for (const [i, response] of fetched.entries()) files.set(paths[i] as string, response);
  });
});
afterAll(async () => {
  await browser?.close();
});

const current = getRules().meta.rulesVersion;
const json = (path: string) => JSON.parse(files.get(path)?.text ?? 'null');

describe('the index of rules versions', () => {
  it('names the current rules version as the latest, and lists it', () => {
    expect(index.latest).toBe(current);
    expect(index.versions.map((v) => v.rulesVersion)).toContain(current);
  });

  it('every file it lists is served, as JSON or CSV', () => {
    expect(files.size).toBeGreaterThan(0);
    for (const [path, response] of files) {
      expect(response.status, path).toBe(200);
      expect(response.type, path).toMatch(path.endsWith('.csv') ? /^text\/csv/ : /^application\/json/);
    }
  });
});

describe.each([current])('rules %s', (version) => {
  const manifest = () => {
    const found = index.versions.find((v) => v.rulesVersion === version);
    if (!found) throw new Error(`the index does not list ${version}`);
    return found;
  };

  it('each rules file is valid against the JSON Schema its $schema names', () => {
    const ajv = schemaValidator();
    const jsonFiles = manifest().files.filter((file) => file.schema);
    expect(jsonFiles.map((f) => f.name).sort()).toEqual(Object.keys(getRules()).sort());
    for (const file of jsonFiles) {
      const data = json(file.path);
      expect(data.$schema, file.path).toBe(file.schema);
      const validate = ajv.compile(json(data.$schema));
      expect(validate(data), `${file.path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect(json(`/data/rules/${version}/meta.json`).rulesVersion).toBe(version);
  });

  it('a tampered rules file fails its schema', () => {
    const ajv = schemaValidator();
    const meta = json(`/data/rules/${version}/meta.json`);
    const validate = ajv.compile(json(meta.$schema));
    expect(validate({ ...meta, rulesVersion: 'latest' })).toBe(false);
    expect(ajv.errorsText(validate.errors)).toMatch(/rulesVersion.*pattern/);
    expect(validate({ ...meta, publishedOn: '2026-02-30' })).toBe(false);
    expect(validate({ ...meta, extra: true })).toBe(false);
    const thresholds = json(`/data/rules/${version}/thresholds.json`);
    const [first, ...rest] = thresholds.thresholds;
    const validateThresholds = ajv.compile(json(thresholds.$schema));
    expect(validateThresholds({ ...thresholds, thresholds: [{ ...first, amount: '100000' }, ...rest] })).toBe(
      false,
    );
  });

  it('the decision table reads as CSV: the header, then one record per row of the table', () => {
    const file = manifest().files.find((f) => f.name === 'decision-table');
    if (!file) throw new Error('no decision table');
    const [header, ...records] = parseCsv(files.get(file.path)?.text ?? '');
    expect(header).toEqual([...QUESTION_IDS, 'outcome']);
    expect(file.columns).toEqual(header);
    const rules = getRules();
    const thresholds = thresholdsInForce(rules.thresholds.thresholds, manifest().decisionTableDate);
    if (!thresholds) throw new Error('no thresholds in force');
    const table = decisionTable(
      thresholds,
      rules.outcomes.outcomes.map((o) => o.id),
    );
    expect(records).toHaveLength(table.rows.length);
    expect(file.rows).toBe(table.rows.length);
    expect(records.map((record) => record.at(-1))).toEqual(table.rows.map((row) => row.outcome));
  });
});

describe('earlier versions', () => {
  it('each is valid against its own schemas, with a CSV of as many records as it says', () => {
    const ajv = schemaValidator();
    for (const version of index.versions.filter((v) => v.rulesVersion !== current)) {
      for (const file of version.files) {
        if (file.schema) {
          const data = json(file.path);
          expect(data.$schema, file.path).toBe(file.schema);
          const validate = ajv.compile(json(file.schema));
          expect(validate(data), `${file.path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        } else {
          const [header, ...records] = parseCsv(files.get(file.path)?.text ?? '');
          expect(header, file.path).toEqual(file.columns);
          expect(records, file.path).toHaveLength(file.rows ?? -1);
        }
      }
    }
  });
});
