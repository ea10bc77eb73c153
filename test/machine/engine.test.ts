import { describe, expect, it } from 'vitest';
import { rulePart } from '../../src/content/rule-parts';
import { getRules } from '../../src/content/rules';
import { parseAnswers } from '../../src/domain/url-format';
import { evaluate } from '../../src/machine/engine';

const rules = getRules();
const today = '2026-11-27';

describe('evaluate', () => {
  it('continues from the last valid answer when a link is tampered with', () => {
    const result = evaluate('authority=municipality&goal=teleport&payment=purchase', { today, rules });
    expect(result.position).toEqual({ kind: 'question', question: 'goal' });
    expect(result.answers).toEqual({ authority: 'municipality' });
    expect(result.problems).toHaveLength(1);
  });

  it('builds the recommendation with the threshold applied and its source', () => {
    const result = evaluate(
      'authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000',
      { today, rules },
    );
    const rec = result.recommendation;
    expect(rec?.outcome.id).toBe('implement-part-one-purchase');
    expect(rec?.primaryForm.id).toBe('part-one-purchase');
    expect(rec?.procurement.regime.id).toBe('partOne');
    expect(
      rec?.procurement.band?.comparisons.map((c) => [c.threshold.kind, c.threshold.amount, c.position]),
    ).toEqual([
      ['lowerLimit', 100_000, 'atOrAbove'],
      ['national', 1_300_000, 'below'],
    ]);
    expect(rec?.sources.map((s) => s.id)).toContain('dfo-thresholds');
    expect(rec?.examples.map((e) => e.id)).toContain('jodacare-pilot');
    expect(rec?.alternatives.length).toBeGreaterThan(0);
    expect(rec?.rulesVersion).toBe(rules.meta.rulesVersion);
    expect(rec?.assessmentDate).toBe(today);
  });

  it('filters funding by the answers', () => {
    const health = evaluate('authority=municipality&goal=explore&serviceArea=health', { today, rules });
    const ids = health.recommendation?.funding.map((f) => f.id) ?? [];
    expect(ids).toContain('innomed');
    expect(ids).toContain('prosjektskjonn');
    expect(ids).not.toContain('nav-social-services-grant');
    const nav = evaluate('authority=navOffice&goal=explore&serviceArea=other', { today, rules });
    expect(nav.recommendation?.funding.map((f) => f.id)).toContain('nav-social-services-grant');
    expect(nav.recommendation?.funding.map((f) => f.id)).not.toContain('prosjektskjonn');
  });

  it('uses the thresholds in force on a chosen assessment date', () => {
    const query =
      'authority=municipality&goal=implement&payment=purchase&serviceArea=other&contractValue=1200000';
    expect(evaluate(`${query}&date=2018-01-01`, { today, rules }).position).toEqual({
      kind: 'question',
      question: 'serviceKind',
    });
    expect(evaluate(`${query}&date=2018-04-06`, { today, rules }).position).toEqual({
      kind: 'outcome',
      outcome: 'implement-part-one-purchase',
    });
  });

  it('reports an unusable assessment date and falls back to today', () => {
    const bad = evaluate('date=2015-01-01', { today, rules });
    expect(bad.dateProblem).toMatchObject({ kind: 'dateNotCovered', firstCovered: '2017-01-01' });
    expect(bad.assessmentDate).toBe(today);
    expect(evaluate('date=2024-02-30', { today, rules }).dateProblem).toMatchObject({ kind: 'invalidDate' });
  });

  it('reports a purchase disguised as a grant', () => {
    const result = evaluate(
      'authority=municipality&goal=implement&payment=grant&grantReceivesService=yes&serviceArea=social&contractValue=50000',
      { today, rules },
    );
    expect(result.recommendation?.procurement.grantTreatedAsPurchase).toBe(true);
    expect(result.recommendation?.outcome.id).toBe('implement-small-purchase');
  });
});

describe('with a question’s rules alone (src/content/rule-parts.ts)', () => {
  const questionRules = rulePart(rules, 'question');
  // Every journey the tests name, to a question and to an outcome.
  const links = [
    'authority=municipality&goal=implement&payment=purchase',
    'authority=municipality&goal=implement&payment=purchase&serviceArea=health&contractValue=500000',
    'authority=state&goal=develop&payment=purchase&serviceArea=other&contractValue=3000000&serviceKind=ordinary',
    'authority=municipality&goal=teleport',
    'authority=municipality&date=1999-01-01',
  ];

  it.each(links)('finds the same path, position, pruning and problems as with every rule: %s', (link) => {
    const { recommendation, ...whole } = evaluate(link, { today, rules });
    const { recommendation: none, ...part } = evaluate(link, { today, rules: questionRules });
    expect(part).toEqual(whole);
    expect(none).toBeNull();
  });

  it('leaves the recommendation to the whole rules', () => {
    const link = links[1] as string;
    expect(evaluate(link, { today, rules }).recommendation).not.toBeNull();
    expect(evaluate(link, { today, rules: questionRules }).position.kind).toBe('outcome');
  });
});

describe('hostile links', () => {
  it('names at most ten unknown keys, each cut short, however many a link holds', () => {
    const query = Array.from({ length: 5000 }, (_, i) => `junk${i}${'x'.repeat(100)}=1`).join('&');
    const parsed = parseAnswers(`authority=state&${query}`);
    expect(parsed.answers).toEqual({ authority: 'state' });
    expect(parsed.unknownKeys).toHaveLength(10);
    expect(Math.max(...parsed.unknownKeys.map((k) => k.length))).toBeLessThanOrEqual(40);
  });
  it('reports a repeated answer once, however often it repeats', () => {
    const parsed = parseAnswers(`goal=develop&${'goal=implement&'.repeat(1000)}`);
    expect(parsed.problems).toEqual([{ question: 'goal', kind: 'repeated', value: 'implement' }]);
  });
  it('reads a deeply percent-encoded value as the text it is, not as an answer', () => {
    let value = 'municipality';
    for (let i = 0; i < 30; i++) value = encodeURIComponent(`%${value}`);
    const result = evaluate(`authority=${value}`, { today, rules });
    expect(result.answers).toEqual({});
    expect(result.problems[0]).toMatchObject({ question: 'authority', kind: 'invalidChoice' });
    expect(result.problems[0]?.value.length).toBeLessThanOrEqual(40);
  });
});
