/**
 * The result's words follow the law that applies (issue 11, items 1–3), on every path the questionnaire
 * accepts: every text worded per regime has a variant for the regime of each path; nothing recommends a
 * direct purchase or a purchase without competition from the lower limit up; nothing under Part I tells
 * the officer to announce; Part I itself is stated as law, each rule with its paragraph and a page.
 */
import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/content/rules';
import type { LocalizedText, RegimePoint } from '../../src/content/schema';
import { isHomePage } from '../../src/content/validate';
import { type Recommendation, recommend } from '../../src/domain/recommendation';
import { thresholdsInForce } from '../../src/domain/thresholds';
import { enumeratePaths } from '../../src/machine/walk';

const rules = getRules();
const date = '2026-12-01';
const thresholds = thresholdsInForce(rules.thresholds.thresholds, date);
if (!thresholds) throw new Error(`no thresholds in force on ${date}`);
const paths = enumeratePaths(thresholds);
const results = paths.map((path) => ({
  path,
  recommendation: recommend(path.outcome, path.answers, rules, thresholds, date),
}));

/** The texts of a result that are worded from the outcome: why, alternatives, next steps. */
const outcomeTexts = (r: Recommendation): LocalizedText[] => [
  r.why,
  ...r.alternatives.map((a) => a.whyNot),
  ...r.nextSteps,
];
const purchasesFrom = (amount: number) =>
  results.filter(({ recommendation: r }) => r.procurement.amount !== null && r.procurement.amount >= amount);

describe('the result is worded from the regime that applies', () => {
  it('has a variant for the regime of every path (no path throws for a missing one)', () => {
    expect(results.length).toBe(paths.length);
    expect(results.length).toBeGreaterThan(1000);
  });

  it('words the outcomes above the national threshold differently under Part I and with a duty to announce', () => {
    const whyOf = (outcome: string, regime: string) =>
      results.find((x) => x.path.outcome === outcome && x.recommendation.procurement.regime.id === regime)
        ?.recommendation.why.nb;
    for (const outcome of [
      'develop-innovative-procurement',
      'implement-operating-agreement',
      'implement-outcome-contract',
    ]) {
      const partOne = whyOf(outcome, 'partOne');
      const partTwo = whyOf(outcome, 'partTwo');
      const partThree = whyOf(outcome, 'partThree');
      expect(partOne, `${outcome} under Part I`).toMatch(
        /ikke plikt til å kunngjøre|ingen plikt til å kunngjøre/,
      );
      expect(partTwo, `${outcome} under Part II`).toMatch(/Doffin/);
      expect(partThree, `${outcome} above the EEA threshold`).toMatch(/TED/);
    }
  });

  it('never tells the officer to announce under Part I (no duty to announce there)', () => {
    const partOne = results.filter((x) => x.recommendation.procurement.regime.id === 'partOne');
    expect(partOne.some((x) => x.path.answers.serviceKind === 'healthSocial')).toBe(true);
    for (const { path, recommendation } of partOne) {
      for (const text of outcomeTexts(recommendation)) {
        expect(text.nb, path.outcome).not.toMatch(
          /lyser ut|utlysning|som dere kunngjør|kunngjør konkurransen/i,
        );
        expect(text.en, path.outcome).not.toMatch(/which you advertise|advertise the competition in/i);
      }
    }
  });
});

describe('from the lower limit up, a purchase needs competition', () => {
  const lowerLimit = thresholds.lowerLimit.amount;

  it('never recommends a direct purchase or a purchase without competition from the lower limit', () => {
    const from = purchasesFrom(lowerLimit);
    expect(from.length).toBeGreaterThan(0);
    for (const { path, recommendation } of from) {
      expect(recommendation.primaryForm.id, path.outcome).not.toBe('direct-purchase');
      expect(recommendation.primaryForm.id, path.outcome).not.toBe('subscription');
      expect(recommendation.primaryForm.id, path.outcome).not.toBe('pilot-agreement');
      for (const text of outcomeTexts(recommendation)) {
        expect(text.nb, path.outcome).not.toMatch(
          /kjøpe (tjenester )?direkte|uten konkurranse|uten kunngjøring/i,
        );
        expect(text.en, path.outcome).not.toMatch(/buy (services )?directly|without (a )?competition/i);
      }
    }
  });

  it('recommends a Part I purchase with competition from the lower limit up to the national threshold', () => {
    const band = results.filter(
      ({ recommendation: r }) =>
        r.procurement.amount !== null &&
        r.procurement.amount >= lowerLimit &&
        r.procurement.amount < thresholds.national.amount,
    );
    expect(band.length).toBeGreaterThan(0);
    for (const { path, recommendation } of band) {
      expect(recommendation.procurement.regime.id).toBe('partOne');
      expect(['part-one-purchase', 'cocreation-then-purchase'], path.outcome).toContain(
        recommendation.primaryForm.id,
      );
      // A pilot stays an option, with its conditions: valued with the later purchase, head start evened out.
      const pilot = recommendation.alternatives.find((a) => a.form.id === 'pilot-agreement');
      expect(pilot?.whyNot.nb, path.outcome).toMatch(/§ 5-4/);
      expect(pilot?.whyNot.nb, path.outcome).toMatch(/§ 12-2/);
    }
  });

  it('lets the officer buy directly below the lower limit, where the act does not apply', () => {
    const below = results.filter(
      ({ recommendation: r }) => r.procurement.amount !== null && r.procurement.amount < lowerLimit,
    );
    expect(below.length).toBeGreaterThan(0);
    for (const { path, recommendation } of below) {
      expect(recommendation.procurement.regime.id).toBe('outsideRegulation');
      expect(['develop-direct-purchase', 'implement-small-purchase']).toContain(path.outcome);
      expect(recommendation.procurement.regime.summary.nb).toMatch(/anskaffelsesloven § 2/);
    }
  });
});

describe('Part I is stated as law', () => {
  const partOne = rules.procurement.regimes.find((r) => r.id === 'partOne');
  if (!partOne) throw new Error('no partOne regime');
  const points = partOne.points.filter((p): p is RegimePoint => 'text' in p);
  const sourced = (pattern: RegExp) => points.find((p) => pattern.test(p.text.nb));

  it.each([
    ['competition as far as possible', /så langt det er mulig.*anskaffelsesloven § 4/s],
    ['the protocol', /protokoll.*anskaffelsesforskriften § 7-1/s],
    ['EEA principles with a clear cross-border interest', /grensekryssende interesse.*EØS/s],
  ])('states %s with its paragraph, verified, on a page one can open', (_, pattern) => {
    const point = sourced(pattern);
    expect(point, String(pattern)).toBeDefined();
    expect(point?.confidence).toBe('verified');
    const pages = rules.sources.sources.filter((s) => point?.sourceIds.includes(s.id));
    expect(pages.some((s) => s.url && !isHomePage(s.url))).toBe(true);
  });

  it('does not hedge the rules of Part I', () => {
    expect(partOne.confidence).toBe('verified');
    const verifiedTexts = [
      partOne.summary,
      ...points.filter((p) => p.confidence === 'verified').map((p) => p.text),
    ];
    for (const text of verifiedTexts) {
      expect(text.nb).not.toMatch(/slik vi forstår|etter det vi forstår|vi mener/i);
      expect(text.nn).not.toMatch(/slik vi forstår|etter det vi forstår|vi meiner/i);
      expect(text.en).not.toMatch(/as we understand|we believe/i);
    }
  });
});

describe('the guide’s words about Nav Nordstrand', () => {
  it('are quoted as the guide wrote them, with today’s correction beside them', () => {
    const example = rules.examples.examples.find((e) => e.id === 'nav-nordstrand');
    expect(example?.guideWords?.quote).toMatch(/direkte.*innenfor terskelverdiene/s);
    expect(example?.guideWords?.correction.nb).toMatch(/nedre grense.*§ 4.*§ 7-1/s);
    expect(example?.guideWords?.confidence).toBe('verified');
  });
});
