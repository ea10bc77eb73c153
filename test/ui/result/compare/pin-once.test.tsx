/**
 * The pinned result is evaluated once for each render: the journey reads it and passes the reading to
 * everything that shows or reports it (the links, the comparison, its copied text, what-if).
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasResultRules } from '../../../../src/content/rule-parts';
import * as engine from '../../../../src/machine/engine';
import * as pin from '../../../../src/ui/result/compare/pin';
import { findPage, openAt, resultHeading } from '../../helpers';

vi.mock('../../../../src/machine/engine', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src/machine/engine')>();
  return { ...actual, evaluate: vi.fn(actual.evaluate) };
});
vi.mock('../../../../src/ui/result/compare/pin', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src/ui/result/compare/pin')>();
  return { ...actual, readPin: vi.fn(actual.readPin) };
});

const PILOT =
  '/?authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000&step=result';
const DEVELOP =
  'authority=municipality&goal=develop&payment=purchase&serviceArea=health&contractValue=500000';

/**
 * How often the page's own link was evaluated with every rule: once for each render of the journey
 * (the app also works out from a question's rules whether the page needs the rest: needsResultRules).
 */
const pageEvaluations = () =>
  vi
    .mocked(engine.evaluate)
    .mock.calls.filter(
      ([query, { rules }]) => new URLSearchParams(query).has('step') && hasResultRules(rules),
    ).length;

afterEach(() => vi.clearAllMocks());

describe('a pinned result', () => {
  it.each([
    ['a usable pin, compared', DEVELOP, 'Sammenlignet med det festede resultatet'],
    [
      'a pin that cannot be used, reported',
      'goal=rocket',
      'Det festede resultatet i lenken kunne ikke brukes',
    ],
  ])('is read once for each render of the page: %s', async (_case, pinned, region) => {
    openAt(`${PILOT}&pin=${encodeURIComponent(pinned)}`);
    await findPage(resultHeading('implement-part-one-purchase'));
    expect(screen.getByRole('region', { name: region })).toBeInTheDocument();
    expect(pageEvaluations()).toBeGreaterThan(0);
    expect(vi.mocked(pin.readPin).mock.calls.length).toBe(pageEvaluations());
  });
});
