/** Renders rules/schema/<file>.schema.json from the Zod schemas, so editors autocomplete rules/. */
import * as z from 'zod/mini';
import { RULE_FILES, type RuleFileName } from '../../src/content/schema';

/**
 * The JSON Schema (draft 2020-12, as Zod writes it) of one rules file, as text. The same text is
 * published with each rules version (scripts/lib/open-data.ts).
 */
export function jsonSchemaText(name: RuleFileName): string {
  const schema = z.toJSONSchema(RULE_FILES[name], { io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function renderJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(RULE_FILES) as RuleFileName[])
    out[`rules/schema/${name}.schema.json`] = jsonSchemaText(name);
  return out;
}
