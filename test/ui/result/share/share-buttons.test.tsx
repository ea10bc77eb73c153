/**
 * Print, "Kopier lenke" and "Kopier som tekst" on the result: each copy is confirmed in a status region
 * that screen readers announce, and the confirmation clears after a few seconds. When the clipboard is
 * missing or the browser refuses, the link or text is offered in a read-only field to copy by hand.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONFIRMATION_MS } from '../../../../src/ui/result/share/copy-feedback-machine';
import { findPage, openAt, resultHeading, rules } from '../../helpers';

const RESULT =
  '/?authority=state&goal=implement&payment=purchase&serviceArea=health&contractValue=3000000&serviceKind=unsure&resultsBased=yes&step=result';
const EXPECTED_LINK = `${window.location.origin}/?authority=state&goal=implement&payment=purchase&serviceArea=health&contractValue=3000000&serviceKind=unsure&resultsBased=yes&step=result&lang=nb&v=${rules.meta.rulesVersion}&o=implement-outcome-contract`;
/** The field that offers the link to copy by hand (the page has other text fields, such as the assessment date). */
const MANUAL_FIELD = 'Lenke til denne vurderingen';

/** Replaces the browser's clipboard (after user-event has put its own stub there). */
function mockClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: clipboard });
}

async function openResult(
  url = RESULT,
  heading: string | RegExp = resultHeading('implement-outcome-contract'),
) {
  const view = openAt(url);
  await findPage(heading);
  return view;
}

const status = () => screen.getByRole('status');

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the result page', () => {
  it('has a print button that opens the print dialogue', async () => {
    const { user } = await openResult();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Skriv ut eller lagre som PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('has an empty status region before anything is copied, so the first confirmation is announced', async () => {
    await openResult();
    expect(status()).toBeEmptyDOMElement();
    expect(screen.getByRole('button', { name: 'Kopier lenke' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kopier som tekst' })).toBeInTheDocument();
  });
});

describe('«Kopier lenke»', () => {
  it('copies the full link that reopens the result and says so', async () => {
    const { user } = await openResult();
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Kopier lenke' }));
    expect(await within(status()).findByText('Lenken er kopiert')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(EXPECTED_LINK);
    expect(screen.queryByRole('textbox', { name: MANUAL_FIELD })).not.toBeInTheDocument();
  });

  it('clears the confirmation after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    openAt(RESULT);
    await findPage(resultHeading('implement-outcome-contract'));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    mockClipboard({ writeText: vi.fn().mockResolvedValue(undefined) });
    await user.click(screen.getByRole('button', { name: 'Kopier lenke' }));
    expect(await within(status()).findByText('Lenken er kopiert')).toBeInTheDocument();
    await act(async () => {
      vi.advanceTimersByTime(CONFIRMATION_MS - 500);
    });
    expect(status()).toHaveTextContent('Lenken er kopiert');
    await act(async () => {
      vi.advanceTimersByTime(1_000);
    });
    expect(status()).toBeEmptyDOMElement();
  });

  it('offers the link in a read-only field when the browser refuses to copy', async () => {
    const { user } = await openResult();
    mockClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')) });
    await user.click(screen.getByRole('button', { name: 'Kopier lenke' }));
    expect(await within(status()).findByText(/lot oss ikke kopiere lenken/)).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Lenke til denne vurderingen' });
    expect(field).toHaveValue(EXPECTED_LINK);
    expect(field).toHaveAttribute('readonly');
  });

  it('offers the link by hand when the browser has no clipboard at all, and the field can be hidden', async () => {
    const { user } = await openResult();
    mockClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Kopier lenke' }));
    const field = await screen.findByRole('textbox', { name: 'Lenke til denne vurderingen' });
    expect(field).toHaveValue(EXPECTED_LINK);
    await user.click(screen.getByRole('button', { name: 'Skjul feltet' }));
    expect(screen.queryByRole('textbox', { name: MANUAL_FIELD })).not.toBeInTheDocument();
    expect(status()).toBeEmptyDOMElement();
  });

  it('copies after all when tried again once the clipboard works', async () => {
    const { user } = await openResult();
    const writeText = vi.fn().mockRejectedValueOnce(new Error('blocked')).mockResolvedValue(undefined);
    mockClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Kopier lenke' }));
    await screen.findByRole('textbox', { name: 'Lenke til denne vurderingen' });
    await user.click(screen.getByRole('button', { name: 'Kopier lenke' }));
    expect(await within(status()).findByText('Lenken er kopiert')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: MANUAL_FIELD })).not.toBeInTheDocument();
  });
});

describe('«Kopier som tekst»', () => {
  it('copies a plain-text summary with the answers, the recommendation and the link, and says so', async () => {
    const { user } = await openResult();
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Kopier som tekst' }));
    expect(await within(status()).findByText('Teksten er kopiert')).toBeInTheDocument();
    const copied = String(writeText.mock.calls[0]?.[0]);
    expect(copied.split('\n')[0]).toBe(resultHeading('implement-outcome-contract'));
    expect(copied).toContain('- Virksomhet: Statlig virksomhet');
    expect(copied).toContain(`Lenke til denne vurderingen: ${EXPECTED_LINK}`);
    expect(copied).not.toMatch(/<[a-z][^>]*>/i);
  });

  it('offers the text in a read-only field when the browser refuses to copy', async () => {
    const { user } = await openResult();
    mockClipboard({ writeText: vi.fn().mockRejectedValue(new Error('blocked')) });
    await user.click(screen.getByRole('button', { name: 'Kopier som tekst' }));
    expect(await within(status()).findByText(/lot oss ikke kopiere teksten/)).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Vurderingen som tekst' });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLTextAreaElement).value).toContain(`Lenke til denne vurderingen: ${EXPECTED_LINK}`);
  });
});

describe('in another language', () => {
  it('names the buttons and confirms in nynorsk, and the copied text is nynorsk', async () => {
    const { user } = await openResult(`${RESULT}&lang=nn`, /^Tilrådd samarbeidsform: /);
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Kopier som tekst' }));
    expect(await within(status()).findByText('Teksten er kopiert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kopier lenkja' }));
    expect(await within(status()).findByText('Lenkja er kopiert')).toBeInTheDocument();
    expect(String(writeText.mock.calls[0]?.[0])).toContain('Lenkje til denne vurderinga: ');
  });
});

describe('«Kopier som tekst» with a pinned result', () => {
  it('includes the comparison, as the page and the printout show it', async () => {
    const pinned = 'authority=state&goal=implement&payment=purchase&serviceArea=health&contractValue=500000';
    const { user } = await openResult(`${RESULT}&pin=${encodeURIComponent(pinned)}`);
    expect(screen.getByRole('table')).toBeInTheDocument();
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Kopier som tekst' }));
    expect(await within(status()).findByText(/kopiert/)).toBeInTheDocument();
    const copied = String(writeText.mock.calls[0]?.[0]);
    expect(copied).toContain('\nSammenlignet med det festede resultatet\n');
    expect(copied).toMatch(
      /\n- Anslått verdi \(Ulik\)\. Festet resultat: 500\s000\skr\. Dette resultatet: 3\s000\s000\skr\.\n/,
    );
    expect(copied).toMatch(
      /\n- Virksomhet\. Festet resultat: Statlig virksomhet\. Dette resultatet: Statlig virksomhet\.\n/,
    );
  });

  it('leaves the comparison out when nothing is pinned', async () => {
    const { user } = await openResult();
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Kopier som tekst' }));
    expect(await within(status()).findByText(/kopiert/)).toBeInTheDocument();
    expect(String(writeText.mock.calls[0]?.[0])).not.toContain('Sammenlignet med det festede resultatet');
  });
});
