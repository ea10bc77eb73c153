/** A page that fails to render shows a recovery page that keeps the answers (the link) and offers start again. */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectTitle, findPage, openAt } from '../ui/helpers';

vi.mock('../../src/ui/result/result-page', () => ({
  ResultPage: () => {
    throw new Error('A forced render error');
  },
}));

const RESULT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result&lang=nb';

describe('the error boundary', () => {
  it('shows a recovery page that keeps the answers in the link and offers to start again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    openAt(RESULT);
    await findPage('Noe gikk galt på denne siden');
    await expectTitle(/^Noe gikk galt/);
    expect(screen.getByRole('link', { name: 'Prøv igjen' })).toHaveAttribute('href', RESULT);
    // One in the header, one on the recovery page: both clear the answers.
    for (const start of screen.getAllByRole('link', { name: 'Start på nytt' }))
      expect(start).toHaveAttribute('href', '/?lang=nb');
    const link = screen.getByRole('textbox', { name: 'Lenken med svarene dine' }) as HTMLInputElement;
    expect(link.value).toContain('contractValue=500000');
    expect(window.location.search).toContain('authority=municipality');
  });

  it('leaves the other pages working', async () => {
    openAt('/?authority=municipality&step=goal&lang=nb');
    expect(await screen.findByRole('radio', { name: /Ta i bruk en løsning som finnes/ })).toBeInTheDocument();
  });
});
