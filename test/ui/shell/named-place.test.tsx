/**
 * A result opened at a place on the page (a reload after following its contents list) is drawn whole,
 * and a fragment that is not valid percent-encoding (a link cut short or tampered with) neither breaks
 * the page nor is refused: it simply names nothing on the page.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { namedPlace } from '../../../src/ui/shell/page-focus';
import { findPage, openAt, resultHeading } from '../helpers';

const RESULT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result';

// jsdom lays nothing out and has no scrollIntoView: a stub records what the page asks to show.
const scrolledTo = vi.fn();
Element.prototype.scrollIntoView = function (this: Element) {
  scrolledTo(this.id);
};

afterEach(() => {
  window.history.replaceState(null, '', '/');
  scrolledTo.mockClear();
});

describe('the place a fragment names', () => {
  it.each([
    ['', null],
    ['#', null],
    ['#funding-heading', 'funding-heading'],
    ['#f%C3%B8r', 'før'],
    ['#%E0%A4%A', '%E0%A4%A'],
  ])('%j names %j', (hash, place) => {
    expect(namedPlace(hash)).toBe(place);
  });

  it('a result opened at a section is drawn whole, and that section is shown after focus moves', async () => {
    openAt(`${RESULT}#sources-heading`);
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(screen.getByRole('heading', { level: 2, name: 'Kilder' })).toBeInTheDocument();
    await waitFor(() => expect(scrolledTo).toHaveBeenCalledWith('sources-heading'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('a result opened with a broken fragment is drawn as usual', async () => {
    openAt(`${RESULT}#%E0%A4%A`);
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(screen.getByRole('heading', { level: 2, name: 'Kilder' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(scrolledTo).not.toHaveBeenCalled();
  });
});
