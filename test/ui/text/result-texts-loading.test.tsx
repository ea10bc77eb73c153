/**
 * What a result adds to the interface texts (src/ui/text/messages/nb-result.ts) is downloaded with the
 * rest of the rules: a question opened from a link is drawn without it, and the result once it is there.
 * The module is watched here (its first import is its download), so this file has a module graph of
 * its own and starts with nothing loaded.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadedResultCatalogue } from '../../../src/ui/text/messages/catalogues';
import { nb } from '../../../src/ui/text/messages/nb';
import { findPage, openAt, questionText, resultHeading } from '../helpers';

const loads = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/ui/text/messages/nb-result', async (importOriginal) => {
  loads.push('nb-result');
  return importOriginal();
});

const ANSWERS = 'authority=municipality&goal=implement&payment=purchase&serviceArea=health';

describe('the texts only a result uses', () => {
  it('are not downloaded for a question opened from a link, and are for its result', async () => {
    const { user } = openAt(`/?${ANSWERS}&step=contractValue`);
    await findPage(questionText('contractValue'));
    expect(loads).toEqual([]);
    expect(loadedResultCatalogue('nb')).toBeUndefined();
    // The footer's link to "Slik virker veiviseren" is named from the first part.
    expect(screen.getByRole('link', { name: nb.layout.howLink })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox'), '500000');
    await user.click(screen.getByRole('button', { name: nb.question.continue }));
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(loads).toEqual(['nb-result']);
    expect(screen.getByRole('heading', { level: 2, name: 'Hvorfor vi anbefaler dette' })).toBeInTheDocument();
  });
});
