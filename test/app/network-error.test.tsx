/** Code or rules that cannot be downloaded: the page says so in network terms and keeps the answers. */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectTitle, findPage, openAt } from '../ui/helpers';

vi.mock('../../src/content/locale-rules', () => {
  const unreachable = (file: string) => () =>
    Promise.reject(new TypeError(`Failed to fetch dynamically imported module: /assets/${file}`));
  return {
    loadQuestionRules: unreachable('rules-question-nb-x.js'),
    loadResultRules: unreachable('rules-result-nb-x.js'),
  };
});

const RESULT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result&lang=nb';

describe('when the rules cannot be downloaded', () => {
  it('says the guide could not download what it needs, keeps the answers, and offers to try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    openAt(RESULT);
    await findPage('Veiviseren fikk ikke lastet ned det den trenger');
    await expectTitle(/^Siden kunne ikke lastes/);
    expect(screen.getByText(/Svarene dine er ikke borte/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Prøv igjen' })).toHaveAttribute('href', RESULT);
    expect(window.location.search).toContain('contractValue=500000');
  });
});
