/**
 * The one loader of rules/: the JSON files are bundled, validated once, and exported as typed data.
 * A broken file fails the build (see vite.config.ts) and the tests long before it can reach a user;
 * should it reach one anyway, the app shows the RulesError message instead of a wrong answer.
 */
import examples from '../../rules/examples.json';
import forms from '../../rules/forms.json';
import funding from '../../rules/funding.json';
import meta from '../../rules/meta.json';
import outcomes from '../../rules/outcomes.json';
import procurement from '../../rules/procurement.json';
import questions from '../../rules/questions.json';
import sources from '../../rules/sources.json';
import thresholds from '../../rules/thresholds.json';
import type { RawRules, Rules } from './schema';
import { parseRules } from './validate';

export const rawRules: RawRules = {
  meta,
  sources,
  questions,
  forms,
  examples,
  funding,
  thresholds,
  procurement,
  outcomes,
};

let cached: Rules | undefined;

/** The validated rules. Throws a RulesError naming file and path if the data is broken. */
export function getRules(): Rules {
  cached ??= parseRules(rawRules);
  return cached;
}
