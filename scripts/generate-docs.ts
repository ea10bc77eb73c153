/** `npm run docs`: regenerates the committed documents from the machine and rules/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatProblems, validateRules } from '../src/content/validate';
import { renderGeneratedFiles } from './docs/all';
import { readRawRules } from './read-rules';

const { raw, problems } = readRawRules();
const result = problems.length ? { ok: false as const, problems } : validateRules(raw);
if (!result.ok) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
for (const [path, content] of Object.entries(renderGeneratedFiles(result.rules))) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
