/**
 * "Gi tilbakemelding" on the result: there when the build was given a place for feedback
 * (VITE_FEEDBACK_URL, read by feedback-config.ts, replaced here), absent when it was not; prefilled with
 * the rules version and the link that reopens the result, in the page's language; never printed.
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackTarget } from '../../../../src/ui/result/feedback/feedback-href';
import { findPage, openAt, resultHeading, rules } from '../../helpers';

const config = vi.hoisted(() => ({ target: null as FeedbackTarget | null }));
vi.mock('../../../../src/ui/result/feedback/feedback-config', () => ({
  feedbackTarget: () => config.target,
}));

const RESULT =
  '/?authority=state&goal=implement&payment=purchase&serviceArea=health&contractValue=3000000&serviceKind=unsure&resultsBased=yes&step=result';
const version = rules.meta.rulesVersion;
const LINK = `${window.location.origin}${RESULT}&lang=nb&v=${version}&o=implement-outcome-contract`;

async function openResult(url = RESULT) {
  openAt(url);
  await findPage(resultHeading('implement-outcome-contract'));
}

afterEach(() => {
  config.target = null;
});

describe('«Gi tilbakemelding»', () => {
  it('is absent when no place for feedback is set', async () => {
    await openResult();
    expect(screen.getByRole('button', { name: 'Kopier lenke' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Gi tilbakemelding' })).toBeNull();
  });

  it('opens an e-mail with the rules version and the result’s link, next to print and copy', async () => {
    config.target = { kind: 'mailto', address: 'tilbakemelding@example.no' };
    await openResult();
    const link = screen.getByRole('link', { name: 'Gi tilbakemelding' });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:tilbakemelding@example.no?')).toBe(true);
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe(`Tilbakemelding på Samarbeidsveiviseren (regler ${version})`);
    expect(query.get('body')).toContain(`Regelversjon: ${version}`);
    expect(query.get('body')).toContain(LINK);
    expect(link.closest('.share-actions__buttons')).not.toBeNull();
    expect(link.closest('.no-print')).not.toBeNull();
  });

  it('opens a form with rulesVersion and resultLink in its query', async () => {
    config.target = { kind: 'form', url: 'https://skjema.example.no/f/123' };
    await openResult();
    const url = new URL(screen.getByRole('link', { name: 'Gi tilbakemelding' }).getAttribute('href') ?? '');
    expect(url.origin + url.pathname).toBe('https://skjema.example.no/f/123');
    expect(url.searchParams.get('rulesVersion')).toBe(version);
    expect(url.searchParams.get('resultLink')).toBe(LINK);
  });

  it.each([
    ['nn', 'Gi tilbakemelding', 'Tilbakemelding på Samarbeidsveiviseren (reglar'],
    ['en', 'Give feedback', 'Feedback on Samarbeidsveiviseren (rules'],
  ])('speaks %s', async (lang, name, subject) => {
    config.target = { kind: 'mailto', address: 'tilbakemelding@example.no' };
    openAt(`${RESULT}&lang=${lang}`);
    const link = await screen.findByRole('link', { name });
    const href = link.getAttribute('href') ?? '';
    expect(new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('subject')).toContain(subject);
  });
});
