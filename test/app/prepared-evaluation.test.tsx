/**
 * A page opened from a link is evaluated before React draws it (main.tsx → prepareFirstPage →
 * prepareEvaluation), in a task of its own, and the drawing reuses that evaluation instead of replaying
 * the answers again (docs/adr/0004). A problem found ahead is left for the drawing to report.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import JourneyView, { prepareEvaluation } from '../../src/app/journey-view';
import type { Rules } from '../../src/content/schema';
import * as engine from '../../src/machine/engine';
import { CATALOGUES } from '../../src/ui/text/messages/all-catalogues';
import { MessagesProvider } from '../../src/ui/text/messages/messages-context';
import { rules, TODAY } from '../ui/helpers';

/** The bokmål catalogue whole: a question's texts and a result's. */
const nb = CATALOGUES.nb;

vi.mock('../../src/machine/engine', async (original) => {
  const actual = await original<typeof import('../../src/machine/engine')>();
  return { ...actual, evaluate: vi.fn(actual.evaluate) };
});

const SEARCH = '?authority=municipality&goal=implement&step=payment&lang=nb';
const location = { pathname: '/', search: SEARCH, href: `/${SEARCH}`, arrived: false };

function draw(search: string, loadRules: () => Rules) {
  window.history.replaceState(null, '', `/${search}`);
  return render(
    <MessagesProvider locale="nb" messages={nb}>
      <JourneyView
        location={{ ...location, search, href: `/${search}` }}
        loadRules={loadRules}
        today={TODAY}
      />
    </MessagesProvider>,
  );
}

afterEach(() => {
  vi.mocked(engine.evaluate).mockClear();
});

describe('the evaluation prepared before the first drawing', () => {
  it('is what the drawing uses: the answers are replayed once', async () => {
    prepareEvaluation(SEARCH, rules, TODAY);
    expect(engine.evaluate).toHaveBeenCalledTimes(1);
    draw(SEARCH, () => rules);
    expect(
      await screen.findByRole('heading', { level: 1, name: /betale den sosiale entreprenøren/ }),
    ).toBeInTheDocument();
    expect(engine.evaluate).toHaveBeenCalledTimes(1);
  });

  it('is worked out again for another address, date or set of rules', () => {
    prepareEvaluation(SEARCH, rules, TODAY);
    vi.mocked(engine.evaluate).mockClear();
    prepareEvaluation('?authority=state&step=goal&lang=nb', rules, TODAY);
    prepareEvaluation('?authority=state&step=goal&lang=nb', rules, '2026-01-15');
    prepareEvaluation('?authority=state&step=goal&lang=nb', { ...rules }, '2026-01-15');
    expect(engine.evaluate).toHaveBeenCalledTimes(3);
  });

  it('leaves a problem to the drawing, which shows the rules error page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = { ...rules, thresholds: { ...rules.thresholds, thresholds: [] } } as Rules;
    expect(() => prepareEvaluation(SEARCH, broken, TODAY)).not.toThrow();
    draw(SEARCH, () => broken);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Veiviseren kunne ikke laste reglene sine',
    );
  });
});
