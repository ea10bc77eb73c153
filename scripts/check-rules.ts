/** `npm run rules:check`: validates rules/ and prints one line per problem, naming file and path. */
import { formatProblems, validateRules } from '../src/content/validate';
import { readRawRules } from './read-rules';

// `--root DIR` checks another copy of the project (used by the tests on deliberately broken data).
const rootIndex = process.argv.indexOf('--root');
const root = rootIndex > 0 ? process.argv[rootIndex + 1] : undefined;
const { raw, problems } = readRawRules(root);
const result = problems.length ? { ok: false as const, problems } : validateRules(raw);
if (!result.ok) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
const r = result.rules;
console.log(
  `rules ${r.meta.rulesVersion}: ${r.questions.questions.length} questions, ${r.outcomes.outcomes.length} outcomes, ` +
    `${r.forms.forms.length} forms, ${r.examples.examples.length} examples, ${r.funding.schemes.length} funding schemes, ` +
    `${r.thresholds.thresholds.length} thresholds, ${r.sources.sources.length} sources: valid`,
);
