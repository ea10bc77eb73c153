/** The rules files as bundled, before validation. Kept apart so the browser can take them without Zod. */
import examples from '../../rules/examples.json';
import forms from '../../rules/forms.json';
import funding from '../../rules/funding.json';
import meta from '../../rules/meta.json';
import outcomes from '../../rules/outcomes.json';
import procurement from '../../rules/procurement.json';
import questions from '../../rules/questions.json';
import sources from '../../rules/sources.json';
import thresholds from '../../rules/thresholds.json';
import type { RawRules } from './schema';

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
