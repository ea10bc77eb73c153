/**
 * Open data: the validated rules, their JSON Schemas and the decision table as CSV, published by the
 * build at stable, versioned paths (README, "Open data"):
 *
 *   /data/rules/index.json                               every version published, and which is the latest
 *   /data/rules/<rulesVersion>/index.json                 what one version holds
 *   /data/rules/<rulesVersion>/<file>.json                a rules file as validated, `$schema` naming ↓
 *   /data/rules/<rulesVersion>/schema/<file>.schema.json  its JSON Schema (draft 2020-12)
 *   /data/rules/<rulesVersion>/decision-table.csv         the decision table, one record per row
 *
 * The current version is rendered from rules/ by the build; `npm run docs` writes the same files into
 * rules/published/<rulesVersion>/, which is committed, so that when the version is raised the folder of
 * the one before stays and the build publishes it as it was (test/docs/generated.test.ts fails while
 * the folder of the current version differs from what the rules give).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_FILES, type RuleFileName, type Rules } from '../../src/content/schema';
import { compareVersions, QUESTION_IDS } from '../../src/content/vocabulary';
import { thresholdsInForce } from '../../src/domain/thresholds';
import {
  type AmountRange,
  cellText,
  type DecisionCell,
  decisionTable,
} from '../../src/machine/decision-table';
import { jsonSchemaText } from '../docs/json-schemas';
import { writeCsv } from './csv';

/** Where the open data is served from, below the site's root. */
export const OPEN_DATA_PATH = '/data/rules';
/** The committed snapshot of each version published, one folder per version, below the repository. */
export const PUBLISHED_DIR = 'rules/published';
export const DECISION_TABLE_CSV = 'decision-table.csv';
export const MANIFEST = 'index.json';

export type PublishedFile = {
  /** The rules file's name (`meta`, `thresholds`, …) or `decision-table`. */
  name: string;
  /** The URL path of the file. */
  path: string;
  mediaType: 'application/json' | 'text/csv';
  /** A rules file: the URL path of its JSON Schema (also in the file's `$schema`). */
  schema?: string;
  /** The decision table: its columns, and how many records follow the header. */
  columns?: string[];
  rows?: number;
};

/** What one version holds: /data/rules/<rulesVersion>/index.json. */
export type VersionManifest = {
  rulesVersion: string;
  publishedOn: string;
  /** The decision table's amounts are bands between the thresholds in force on this date. */
  decisionTableDate: string;
  files: PublishedFile[];
};

/** /data/rules/index.json: every version published, newest first, and which one the guide uses now. */
export type OpenDataIndex = { latest: string; versions: VersionManifest[] };

export const versionPath = (rulesVersion: string) => `${OPEN_DATA_PATH}/${rulesVersion}`;
export const schemaPath = (rulesVersion: string, name: RuleFileName) =>
  `${versionPath(rulesVersion)}/schema/${name}.schema.json`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// ---------------------------------------------------------------------------------------------
// The decision table as CSV
// ---------------------------------------------------------------------------------------------

export const NOT_ASKED = 'not asked';
export const DECISION_TABLE_COLUMNS: readonly string[] = [...QUESTION_IDS, 'outcome'];

const range = (r: AmountRange) => (r.to === null ? `${r.from}+` : `${r.from}-${r.to}`);

/**
 * One cell: `any` (every option leads to the same outcome), `not asked`, or the values separated by
 * ", " — choice values in the order the question offers them, amounts as ranges in whole kroner
 * (`100000-1299999`, `1300000+`) — with `not asked` last when the row also covers paths where the
 * question is not asked.
 */
export const csvCell = (cell: DecisionCell): string => cellText(cell, { notAsked: NOT_ASKED, range });

/** The rows docs/decision-table.md shows, on the thresholds in force on the rules' publication date. */
export function decisionTableCsv(rules: Rules): { csv: string; rows: number } {
  const date = rules.meta.publishedOn;
  const thresholds = thresholdsInForce(rules.thresholds.thresholds, date);
  if (!thresholds) throw new Error(`open data: no thresholds in force on ${date}`);
  const { rows } = decisionTable(
    thresholds,
    rules.outcomes.outcomes.map((o) => o.id),
  );
  const records = rows.map((row) => [...QUESTION_IDS.map((q) => csvCell(row.cells[q])), row.outcome]);
  return { csv: writeCsv([DECISION_TABLE_COLUMNS, ...records]), rows: rows.length };
}

// ---------------------------------------------------------------------------------------------
// One version
// ---------------------------------------------------------------------------------------------

/**
 * The files of the rules' version, by path inside its folder: each rules file as validated with its
 * `$schema` set to the published schema, the schemas, the decision table and the manifest.
 */
export function renderVersion(rules: Rules): Record<string, string> {
  const version = rules.meta.rulesVersion;
  const out: Record<string, string> = {};
  const files: PublishedFile[] = [];
  for (const name of Object.keys(RULE_FILES) as RuleFileName[]) {
    const { $schema: _, ...data } = rules[name] as { $schema?: string };
    out[`${name}.json`] = json({ $schema: schemaPath(version, name), ...data });
    out[`schema/${name}.schema.json`] = jsonSchemaText(name);
    files.push({
      name,
      path: `${versionPath(version)}/${name}.json`,
      mediaType: 'application/json',
      schema: schemaPath(version, name),
    });
  }
  const table = decisionTableCsv(rules);
  out[DECISION_TABLE_CSV] = table.csv;
  files.push({
    name: 'decision-table',
    path: `${versionPath(version)}/${DECISION_TABLE_CSV}`,
    mediaType: 'text/csv',
    columns: [...DECISION_TABLE_COLUMNS],
    rows: table.rows,
  });
  const manifest: VersionManifest = {
    rulesVersion: version,
    publishedOn: rules.meta.publishedOn,
    decisionTableDate: rules.meta.publishedOn,
    files,
  };
  out[MANIFEST] = json(manifest);
  return out;
}

/** The snapshot `npm run docs` writes and the repository keeps: rules/published/<rulesVersion>/…. */
export function renderSnapshot(rules: Rules): Record<string, string> {
  const folder = `${PUBLISHED_DIR}/${rules.meta.rulesVersion}`;
  return Object.fromEntries(
    Object.entries(renderVersion(rules)).map(([path, content]) => [`${folder}/${path}`, content]),
  );
}

// ---------------------------------------------------------------------------------------------
// Every version: what the build writes
// ---------------------------------------------------------------------------------------------

/** Orders rules versions (`2026.12.10` after `2026.12.9`): the rules check's order. */
export { compareVersions };

/** The files of an earlier version, read from its snapshot as its manifest lists them. */
export function readSnapshot(root: string, version: string): Record<string, string> {
  const folder = join(root, PUBLISHED_DIR, version);
  const read = (path: string) => {
    const file = join(folder, path);
    if (!existsSync(file)) throw new Error(`open data: ${PUBLISHED_DIR}/${version}/${path} is missing`);
    return readFileSync(file, 'utf8');
  };
  const manifestText = read(MANIFEST);
  const manifest = JSON.parse(manifestText) as VersionManifest;
  if (manifest.rulesVersion !== version)
    throw new Error(
      `open data: ${PUBLISHED_DIR}/${version}/${MANIFEST} says rulesVersion ${manifest.rulesVersion}`,
    );
  const prefix = `${versionPath(version)}/`;
  const out: Record<string, string> = { [MANIFEST]: manifestText };
  for (const file of manifest.files)
    for (const path of [file.path, file.schema]) {
      if (path === undefined) continue;
      if (!path.startsWith(prefix))
        throw new Error(`open data: ${PUBLISHED_DIR}/${version}/${MANIFEST} lists ${path}`);
      out[path.slice(prefix.length)] = read(path.slice(prefix.length));
    }
  return out;
}

/** The versions in rules/published/, in any order. */
export function snapshotVersions(root: string): string[] {
  const dir = join(root, PUBLISHED_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * Everything below dist/data/rules/, by path inside it: the current version rendered from the validated
 * rules, every earlier version copied from its snapshot, and the index of them all.
 */
export function openDataFiles(rules: Rules, root: string): Record<string, string> {
  const current = rules.meta.rulesVersion;
  const versions = new Map<string, Record<string, string>>([[current, renderVersion(rules)]]);
  for (const version of snapshotVersions(root)) {
    if (version === current) continue;
    if (compareVersions(version, current) > 0)
      throw new Error(
        `open data: ${PUBLISHED_DIR}/${version} is newer than the rules (${current}); remove it or raise rulesVersion`,
      );
    versions.set(version, readSnapshot(root, version));
  }
  const order = [...versions.keys()].sort((a, b) => compareVersions(b, a));
  const index: OpenDataIndex = {
    latest: current,
    versions: order.map((version) => JSON.parse(versions.get(version)?.[MANIFEST] ?? '') as VersionManifest),
  };
  const out: Record<string, string> = { [MANIFEST]: json(index) };
  for (const version of order)
    for (const [path, content] of Object.entries(versions.get(version) ?? {}))
      out[`${version}/${path}`] = content;
  return out;
}
