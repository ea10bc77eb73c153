/** Every generated document, by path. Used by `npm run docs` and by the test that keeps them current. */
import type { Rules } from '../../src/content/schema';
import { renderSnapshot } from '../lib/open-data';
import { renderDecisionTable } from './decision-table';
import { renderFlowDiagram } from './flow-diagram';
import { renderJsonSchemas } from './json-schemas';
import { renderProcurementDuties } from './procurement-duties';

export function renderGeneratedFiles(rules: Rules): Record<string, string> {
  return {
    'docs/decision-table.md': renderDecisionTable(rules),
    'docs/flow.mmd': renderFlowDiagram(),
    'docs/procurement-duties.md': renderProcurementDuties(rules),
    ...renderJsonSchemas(),
    // The open data of this rules version, kept so it stays published after the next (scripts/lib/open-data.ts).
    ...renderSnapshot(rules),
  };
}
