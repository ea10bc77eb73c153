/** Where "Gi tilbakemelding" leads: the configured value read, and the href for e-mail and for a form. */
import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_FORM_PARAMS,
  feedbackHref,
  parseFeedbackTarget,
} from '../../../../src/ui/result/feedback/feedback-href';

const LINK =
  'https://veiviser.example/?authority=state&goal=explore&step=result&lang=nb&v=2026.12.4&o=explore';
const CONTEXT = {
  rulesVersion: '2026.12.4',
  link: LINK,
  subject: 'Tilbakemelding på Samarbeidsveiviseren (regler 2026.12.4)',
  body: `Skriv her:\n\n---\nRegelversjon: 2026.12.4\nVurderingen: ${LINK}`,
};

describe('parseFeedbackTarget', () => {
  it.each([undefined, '', '   '])('no value (%j) is no feedback link, and no problem', (value) => {
    expect(parseFeedbackTarget(value)).toEqual({ target: null, problem: null });
  });

  it('reads mailto: with one address', () => {
    expect(parseFeedbackTarget(' mailto:tilbakemelding@example.no ').target).toEqual({
      kind: 'mailto',
      address: 'tilbakemelding@example.no',
    });
    expect(parseFeedbackTarget('MAILTO:a.b@example.no').target).toEqual({
      kind: 'mailto',
      address: 'a.b@example.no',
    });
  });

  it('reads an https: form, keeping its own query', () => {
    expect(parseFeedbackTarget('https://skjema.example.no/f/123?lang=nb').target).toEqual({
      kind: 'form',
      url: 'https://skjema.example.no/f/123?lang=nb',
    });
  });

  it.each([
    'mailto:',
    'mailto:not-an-address',
    'mailto:a@example.no?subject=Hei',
    'mailto:a@example.no,b@example.no',
    'http://skjema.example.no/',
    'javascript:alert(1)',
    'skjema.example.no',
    'tilbakemelding@example.no',
  ])('refuses %j, saying why', (value) => {
    const { target, problem } = parseFeedbackTarget(value);
    expect(target).toBeNull();
    expect(problem).toMatch(/mailto|https/);
  });
});

describe('feedbackHref', () => {
  it('e-mail: the subject and body percent-encoded, line breaks as CRLF (RFC 6068)', () => {
    const href = feedbackHref({ kind: 'mailto', address: 'tilbakemelding@example.no' }, CONTEXT);
    expect(href.startsWith('mailto:tilbakemelding@example.no?subject=')).toBe(true);
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe(CONTEXT.subject);
    expect(query.get('body')).toBe(CONTEXT.body.replace(/\n/g, '\r\n'));
    // Spaces are %20, never "+", which a mail program would show as it is.
    expect(href).not.toContain('+');
    expect(href).toContain('%0D%0A');
    // The result's link survives whole, its own & and = encoded.
    expect(href).toContain(encodeURIComponent(LINK));
  });

  it('form: the rules version and the link as query parameters, beside the form’s own', () => {
    const href = feedbackHref({ kind: 'form', url: 'https://skjema.example.no/f/123?lang=nb' }, CONTEXT);
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://skjema.example.no/f/123');
    expect(url.searchParams.get('lang')).toBe('nb');
    expect(url.searchParams.get(FEEDBACK_FORM_PARAMS.rulesVersion)).toBe('2026.12.4');
    expect(url.searchParams.get(FEEDBACK_FORM_PARAMS.link)).toBe(LINK);
    expect(FEEDBACK_FORM_PARAMS).toEqual({ rulesVersion: 'rulesVersion', link: 'resultLink' });
  });
});
