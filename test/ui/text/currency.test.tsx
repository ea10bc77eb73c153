/**
 * Currency: what was last checked twelve months or more before the assessment date is marked "Bør
 * kontrolleres" on the result (thresholds applied and funding schemes, which also print), on "Slik
 * virker veiviseren" and in the copied text. The dates are pinned: the facts in rules/ were last
 * checked on 1 February 2026, except a few rechecked on 1 December 2026, which are not yet due on
 * 1 March 2027.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/machine/engine';
import { linkBase } from '../../../src/ui/links/link-base';
import { recordHref, shareText } from '../../../src/ui/result/share/share-text';
import { CATALOGUES } from '../../../src/ui/text/messages/all-catalogues';
import { text } from '../../../src/ui/text/messages/messages-context';
import { findPage, openAt, resultHeading, rules } from '../helpers';

/** The bokmål catalogue whole: a question's texts and a result's. */
const nb = CATALOGUES.nb;

/** A state purchase of 3 000 000 kr: three thresholds applied and funding schemes. */
const CONTRACT =
  'authority=state&goal=implement&payment=purchase&serviceArea=health&contractValue=3000000&serviceKind=unsure&resultsBased=yes';
const DUE = 'Bør kontrolleres: sist kontrollert 1. februar 2026.';
const CURRENT = 'Sist kontrollert 1. februar 2026.';

const byText = (wanted: string) => (_: string, element: Element | null) =>
  element?.tagName === 'P' && element.textContent?.replace(/\s+/g, ' ') === wanted;

describe('information last checked twelve months or more before the assessment date', () => {
  it('is marked as due for checking on the result when today is 1 March 2027', async () => {
    openAt(`/?${CONTRACT}&step=result`, { today: '2027-03-01' });
    await findPage(resultHeading('implement-outcome-contract'));
    const procurement = screen.getByRole('region', { name: 'Anskaffelsesregler' });
    const thresholdItems = within(procurement)
      .getAllByRole('listitem')
      .filter((li) => li.closest('.threshold-list'));
    expect(within(procurement).getAllByText(byText(DUE)).length).toBeGreaterThan(0);
    expect(within(procurement).queryAllByText(byText(CURRENT))).toHaveLength(0);
    expect(thresholdItems.length).toBeGreaterThan(0);
    const funding = screen.getByRole('region', { name: 'Tilskudd og finansiering' });
    const cards = within(funding).getAllByRole('article');
    for (const card of cards) expect(within(card).getByText(byText(DUE))).toBeInTheDocument();
  });

  it('is not marked when today is 27 November 2026', async () => {
    openAt(`/?${CONTRACT}&step=result`, { today: '2026-11-27' });
    await findPage(resultHeading('implement-outcome-contract'));
    expect(screen.queryAllByText(byText(DUE))).toHaveLength(0);
    expect(screen.getAllByText(byText(CURRENT)).length).toBeGreaterThan(0);
  });

  it('follows a chosen assessment date ahead of today', async () => {
    openAt(`/?${CONTRACT}&step=result&date=2027-02-01`, { today: '2026-11-27' });
    await findPage(resultHeading('implement-outcome-contract'));
    expect(screen.getAllByText(byText(DUE)).length).toBeGreaterThan(0);
  });

  it.each([
    ['nn', 'Bør kontrollerast: sist kontrollert 1. februar 2026.'],
    ['en', 'Due for checking: last checked on 1 February 2026.'],
  ])('is marked in %s', async (lang, due) => {
    openAt(`/?${CONTRACT}&step=result&lang=${lang}`, { today: '2027-03-01' });
    await screen.findAllByText(byText(due));
  });

  it('is marked on «Slik virker veiviseren», for every threshold and scheme checked in February 2026', async () => {
    openAt('/?step=how', { today: '2027-03-01' });
    await screen.findByRole('heading', { level: 1, name: 'Slik virker veiviseren' });
    // Every threshold period, each expected revision under every kind it concerns, every scheme.
    const revisions = rules.thresholds.expectedRevisions.flatMap((r) => r.kinds.map(() => r));
    const facts = [...rules.thresholds.thresholds, ...revisions, ...rules.funding.schemes];
    const checkedOn = (date: string) => facts.filter((f) => f.lastChecked === date).length;
    expect(checkedOn('2026-02-01') + checkedOn('2026-12-01')).toBe(facts.length);
    expect(screen.getAllByText(byText(DUE))).toHaveLength(checkedOn('2026-02-01'));
    expect(screen.getAllByText(byText('Sist kontrollert 1. desember 2026.'))).toHaveLength(
      checkedOn('2026-12-01'),
    );
  });

  it('is marked in the copied text, for the thresholds and the funding schemes', () => {
    const params = new URLSearchParams(CONTRACT);
    const evaluation = evaluate(params, { today: '2027-03-01', rules });
    const recommendation = evaluation.recommendation;
    if (!recommendation) throw new Error('no recommendation');
    const link = recordHref(linkBase('/', params, true, 'nb'), evaluation, recommendation.rulesVersion);
    const copied = shareText({
      evaluation,
      recommendation,
      rules,
      link,
      messages: nb,
      text: (localized) => text(localized, 'nb'),
      today: '2027-03-01',
    });
    const due = copied.split('\n').filter((line) => line.includes(DUE));
    expect(due.length).toBe(
      (recommendation.procurement.band?.comparisons.length ?? 0) + recommendation.funding.length,
    );
  });
});
