/**
 * The place for feedback this build was given: `VITE_FEEDBACK_URL` when `vite build` ran (README,
 * "Feedback"), read here and nowhere else, so a test can replace this module (vi.mock).
 */
import { type FeedbackTarget, parseFeedbackTarget } from './feedback-href';

export function feedbackTarget(): FeedbackTarget | null {
  // `import.meta.env` is Vite's; scripts run by tsx (scripts/prerender.ts) have none.
  const value: string | undefined = import.meta.env?.VITE_FEEDBACK_URL;
  return parseFeedbackTarget(value).target;
}
