/**
 * Ajv for the published JSON Schemas (draft 2020-12, as Zod writes them), shared by the unit tests
 * (test/scripts/open-data.test.ts) and the real-browser suite (test/e2e/open-data.test.ts). The two
 * formats the schemas use are checked, not ignored: `date` (a calendar date, as Zod's pattern next to
 * it also says) and `uri` (an absolute URL).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';

export function schemaValidator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date', (value: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv;
}
