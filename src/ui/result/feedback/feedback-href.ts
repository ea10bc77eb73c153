/**
 * Where "Gi tilbakemelding" leads, when the build was given a place for feedback (`VITE_FEEDBACK_URL`,
 * README "Feedback"): an e-mail address as `mailto:address`, or a form at an `https:` URL. Pure, so the
 * build can check the value (vite.config.ts) and the tests can try every kind.
 */

export type FeedbackTarget = { kind: 'mailto'; address: string } | { kind: 'form'; url: string };

/** The query parameters a feedback form receives (documented in the README). */
export const FEEDBACK_FORM_PARAMS = { rulesVersion: 'rulesVersion', link: 'resultLink' } as const;

const ADDRESS = /^[^\s@?&,;<>"]+@[^\s@?&,;<>"]+\.[^\s@?&,;<>"]+$/;

/**
 * Reads the configured value: `mailto:` and one address (the guide writes the subject and body itself,
 * so the value may have no `?`), or an absolute `https:` URL (a query of its own is kept). Anything else,
 * or nothing, is no feedback link (null); `problem` says why a value that was set is refused.
 */
export function parseFeedbackTarget(value: string | undefined): {
  target: FeedbackTarget | null;
  problem: string | null;
} {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return { target: null, problem: null };
  if (/^mailto:/i.test(trimmed)) {
    let address = trimmed.slice('mailto:'.length);
    try {
      address = decodeURIComponent(address);
    } catch {
      // A stray % is refused by the pattern below.
    }
    return ADDRESS.test(address)
      ? { target: { kind: 'mailto', address }, problem: null }
      : { target: null, problem: 'a mailto: value must be one e-mail address, with no ?subject or body' };
  }
  if (URL.canParse(trimmed) && new URL(trimmed).protocol === 'https:')
    return { target: { kind: 'form', url: new URL(trimmed).href }, problem: null };
  return { target: null, problem: 'must be mailto:address or an https: URL' };
}

export type FeedbackContext = {
  /** The rules version the result was assessed under. */
  rulesVersion: string;
  /** The full link that reopens the result. */
  link: string;
  /** For e-mail: the subject and body, in the page's language. */
  subject: string;
  body: string;
};

/**
 * The href: for e-mail, `mailto:` with the subject and body (RFC 6068: percent-encoded, line breaks as
 * %0D%0A); for a form, its URL with `rulesVersion` and `resultLink` added to the query.
 */
export function feedbackHref(target: FeedbackTarget, context: FeedbackContext): string {
  if (target.kind === 'mailto') {
    const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
    return `mailto:${target.address}?subject=${encode(context.subject)}&body=${encode(context.body)}`;
  }
  const url = new URL(target.url);
  url.searchParams.set(FEEDBACK_FORM_PARAMS.rulesVersion, context.rulesVersion);
  url.searchParams.set(FEEDBACK_FORM_PARAMS.link, context.link);
  return url.href;
}
