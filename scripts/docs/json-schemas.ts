/** Renders rules/schema/<file>.schema.json from the Zod schemas, so editors autocomplete rules/. */
import * as z from 'zod/mini';
import { RULE_FILES, type RuleFileName } from '../../src/content/schema';

export function renderJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(RULE_FILES) as RuleFileName[]) {
    const schema = z.toJSONSchema(RULE_FILES[name], { io: 'input' });
    out[`rules/schema/${name}.schema.json`] = `${JSON.stringify(schema, null, 2)}\n`;
  }
  return out;
}
