/**
 * Inter waits for the page the app draws (public/boot.js marks the document, src/app/fonts.css draws
 * the fallback meanwhile) and is let in once that page has been painted.
 */
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FONTS_AFTER_PAINT } from '../../src/ui/shell/web-fonts';
import { findPage, openAt, resultHeading } from '../ui/helpers';

const RESULT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result';

const holdsFonts = () => document.documentElement.classList.contains(FONTS_AFTER_PAINT);

afterEach(() => {
  document.documentElement.classList.remove(FONTS_AFTER_PAINT);
});

describe('the web font after the first drawing', () => {
  it('is held back until the page opened from a link is drawn, then let in', async () => {
    document.documentElement.classList.add(FONTS_AFTER_PAINT);
    openAt(RESULT);
    // Not before the page is there: the fallback draws everything until then.
    expect(holdsFonts()).toBe(true);
    await findPage(resultHeading('implement-part-one-purchase'));
    await waitFor(() => expect(holdsFonts()).toBe(false));
  });
});
