/**
 * The one loader of rules/: the JSON files are bundled, validated once, and exported as typed data.
 * A broken file fails the build (see vite.config.ts) and the tests long before it can reach a user;
 * should it reach one anyway, the app shows the RulesError message instead of a wrong answer.
 */
import { rawRules } from './raw-rules';
import type { Rules } from './schema';
import { parseRules } from './validate';

export { rawRules };

let cached: Rules | undefined;

/** The validated rules. Throws a RulesError naming file and path if the data is broken. */
export function getRules(): Rules {
  cached ??= parseRules(rawRules);
  return cached;
}
