/**
 * The facts the accessibility statement rests on, kept in code so a test can hold them: the day it was
 * last reviewed, the test suites that are its evidence (test/ui/info/facts.test.ts checks they exist),
 * and where to complain.
 */
import type { IsoDate } from '../../domain/dates';

/** The day the statement was last checked against the app and its tests. Update it with each review. */
export const ACCESSIBILITY_REVIEWED: IsoDate = '2026-12-01';

/** The suites the statement names as its evidence, as paths in the repository. */
export const ACCESSIBILITY_EVIDENCE = {
  axe: 'test/e2e/accessibility.test.ts',
  keyboard: 'test/e2e/keyboard.test.ts',
  reflow: 'test/e2e/accessibility.test.ts',
  interface: 'test/ui/',
} as const;

/** The Authority for Universal Design of ICT (Digdir), where a user may complain. */
export const UUTILSYNET_URL = 'https://www.uutilsynet.no/';
