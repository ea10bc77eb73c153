/**
 * "Kopier som tekst" and the link that reopens a result: the plain-text summary holds everything a
 * case note needs (answers, recommendation, reasons, procurement rules with thresholds and sources,
 * examples, funding, next steps, sources, link) in the chosen language, and the link carries the
 * answers in order, the result step and the rules version. Also the two small helpers of the
 * printout: where a printed address may wrap, and the one-line summary of an example.
 */
import { describe, expect, it } from 'vitest';
import { getRules } from '../../../../src/content/rules';
import type { LocalizedText } from '../../../../src/content/schema';
import { evaluate } from '../../../../src/machine/engine';
import { linkBase } from '../../../../src/ui/links/link-base';
import { recordHref, shareText } from '../../../../src/ui/result/share/share-text';
import { urlPieces } from '../../../../src/ui/text/breakable-url';
import { splitFirstSentence } from '../../../../src/ui/text/format';
import { CATALOGUES } from '../../../../src/ui/text/messages/all-catalogues';
import { text } from '../../../../src/ui/text/messages/messages-context';

/** The catalogues whole: a question's texts and a result's. */
const { nb, nn, en } = CATALOGUES;

const rules = getRules();
const TODAY = '2026-11-27';
const ORIGIN = 'https://veiviser.example.no';

/** A purchase over the national threshold, health and social services, results-based: thresholds, notes, funding. */
const OUTCOME_CONTRACT =
  'authority=state&goal=implement&payment=purchase&serviceArea=health&contractValue=3000000&serviceKind=unsure&resultsBased=yes';

function setUp(query: string, messages = nb) {
  const params = new URLSearchParams(query);
  const evaluation = evaluate(params, { today: TODAY, rules });
  const recommendation = evaluation.recommendation;
  if (!recommendation) throw new Error(`${query} reaches no outcome`);
  const base = linkBase('/', params, evaluation.dateProblem === null, messages.locale);
  const link = `${ORIGIN}${recordHref(base, evaluation, recommendation.rulesVersion)}`;
  const pick = (localized: LocalizedText) => text(localized, messages.locale);
  const copied = shareText({ evaluation, recommendation, rules, link, messages, text: pick });
  /** Compare without caring for the no-break spaces inside amounts. */
  const flat = copied.replace(/[\u00a0\u202f]/g, ' ');
  return { evaluation, recommendation, link, copied, flat, pick };
}

const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

describe('the link that reopens a result', () => {
  it('holds the answers in questionnaire order, the result step, the language, the rules version and the outcome', () => {
    const { link } = setUp(OUTCOME_CONTRACT);
    expect(link).toBe(
      `${ORIGIN}/?${OUTCOME_CONTRACT}&step=result&lang=nb&v=${rules.meta.rulesVersion}&o=implement-outcome-contract`,
    );
  });

  it('drops answers that no longer apply and replaces an old rules version with the one used', () => {
    const { link } = setUp(`${OUTCOME_CONTRACT}&target=groups&v=2020.01.1&date=2026-01-15`);
    const params = new URL(link).searchParams;
    expect(params.has('target')).toBe(false);
    expect(params.getAll('v')).toEqual([rules.meta.rulesVersion]);
    expect(params.get('date')).toBe('2026-01-15');
    expect(params.get('step')).toBe('result');
  });
});

describe('the text copied by «Kopier som tekst»', () => {
  it('starts with the recommendation, the assessment date and the rules version', () => {
    const { copied, recommendation, pick } = setUp(OUTCOME_CONTRACT);
    const [title, byline] = copied.split('\n');
    expect(title).toBe(`Anbefalt samarbeidsform: ${pick(recommendation.primaryForm.name)}`);
    expect(byline).toBe(
      `Samarbeidsveiviseren: Vurdert 27. november 2026 etter regelverk ${rules.meta.rulesVersion}.`,
    );
  });

  it('lists every answer with its label, and the reasons', () => {
    const { flat, recommendation, pick } = setUp(OUTCOME_CONTRACT);
    for (const line of [
      '- Virksomhet: Statlig virksomhet',
      '- Anslått verdi: 3 000 000 kr',
      '- Type tjeneste: Usikker',
    ]) {
      expect(flat).toContain(line);
    }
    expect(flat).toContain(`Hvorfor vi anbefaler dette\n${plain(pick(recommendation.why))}`);
  });

  it('gives the procurement rules with each threshold applied, its amount, date and sources', () => {
    const { flat, recommendation, pick } = setUp(OUTCOME_CONTRACT);
    expect(flat).toContain(plain(pick(recommendation.procurement.regime.title)));
    expect(flat).toMatch(
      /\n- EØS-terskelverdi for statlige myndigheter: 1 490 000 kroner, gjelder fra 14\. mars 2024 \(Kan være utdatert\)\. Nyere beløp kan gjelde fra 1\. januar 2026\. .*\. Beløpet deres er på eller over denne grensen\. Kilder: .*\(DFØ, anskaffelser\.no\)\. Sist kontrollert 1\. februar 2026\.\n/,
    );
    expect(flat).toContain('Dere var usikre på hva slags tjeneste det er rettslig sett');
  });

  it('gives both thresholds when the amount lies between two of them', () => {
    const { flat } = setUp(
      'authority=navOffice&goal=implement&payment=purchase&serviceArea=social&contractValue=2000000&serviceKind=healthSocial&contractingParty=municipality&resultsBased=no',
    );
    expect(flat).toMatch(
      /\n- Nasjonal terskelverdi: 1 300 000 kroner, gjelder fra 6\. april 2018 \(Kan være utdatert\)\. Nyere beløp kan gjelde fra 1\. juli 2026\. .*\. Beløpet deres er på eller over denne grensen\./,
    );
    expect(flat).toMatch(
      /\n- EØS-terskelverdi for helse- og sosialtjenester[^:]*: 7 800 000 kroner, .*Beløpet deres er under denne grensen\./,
    );
  });

  it('names the examples, the funding schemes with who may apply, and numbers the next steps', () => {
    const { flat, recommendation, pick } = setUp(OUTCOME_CONTRACT);
    for (const example of recommendation.examples)
      expect(flat).toContain(`- ${plain(pick(example.title))} (`);
    expect(recommendation.funding.length).toBeGreaterThan(0);
    for (const scheme of recommendation.funding) {
      expect(flat).toContain(`- ${plain(pick(scheme.name))} (`);
      expect(flat).toContain(`Hvem kan søke: ${plain(pick(scheme.whoMayApply))}`);
    }
    recommendation.nextSteps.forEach((step, i) => {
      expect(flat).toContain(`${i + 1}. ${plain(pick(step))}`);
    });
  });

  it('ends with the sources and their addresses, the link and the disclaimer', () => {
    const { copied, recommendation, link } = setUp(OUTCOME_CONTRACT);
    for (const source of recommendation.sources) {
      expect(copied).toContain(
        `- ${source.title} (${source.publisher})${source.url ? `: ${source.url}` : ''}`,
      );
    }
    expect(copied).toContain(`\n\nLenke til denne vurderingen: ${link}\n\n`);
    expect(copied.trimEnd().endsWith(nb.result.disclaimer)).toBe(true);
  });

  it('is plain text: no markup, sections split by one blank line', () => {
    const { copied } = setUp(OUTCOME_CONTRACT);
    expect(copied).not.toMatch(/<[a-z][^>]*>/i);
    expect(copied).not.toMatch(/\n{3,}/);
    expect(copied.endsWith('\n')).toBe(true);
  });

  it('says there is no contract value to compare when nothing is bought', () => {
    const { copied } = setUp('authority=municipality&goal=explore&serviceArea=community');
    expect(copied).toContain(nb.result.noAmount);
    expect(copied).not.toContain(nb.result.thresholdsHeading);
  });

  it.each([
    ['nn', nn],
    ['en', en],
  ] as const)('follows the chosen language (%s): interface words and content', (_, messages) => {
    const { copied, recommendation, pick } = setUp(OUTCOME_CONTRACT, messages);
    expect(copied.split('\n')[0]).toBe(messages.result.heading(pick(recommendation.primaryForm.name)));
    expect(copied).toContain(`${messages.result.whyHeading}\n${pick(recommendation.why)}`);
    expect(copied).toContain(`${messages.share.linkLabel}: `);
    expect(copied).not.toContain(nb.result.whyHeading);
  });
});

describe('a printed address', () => {
  it('wraps only after «?» and «&», so no number or parameter is split', () => {
    expect(urlPieces('http://127.0.0.1:4173/?authority=state&contractValue=3000000&v=2026.11.1')).toEqual([
      'http://127.0.0.1:4173/?',
      'authority=state&',
      'contractValue=3000000&',
      'v=2026.11.1',
    ]);
  });

  it('of a source may also wrap after each «/» of its path', () => {
    expect(
      urlPieces('https://www.regjeringen.no/no/dokumenter/veileder-offentlige-anskaffelser/id2581234/', true),
    ).toEqual([
      'https://www.regjeringen.no/',
      'no/',
      'dokumenter/',
      'veileder-offentlige-anskaffelser/',
      'id2581234/',
    ]);
  });

  it('without a query is one piece', () => {
    expect(urlPieces('https://anskaffelser.no/')).toEqual(['https://anskaffelser.no/']);
  });
});

describe('the one-line summary of an example in print', () => {
  it('is the first sentence, and the rest is kept for the screen', () => {
    expect(splitFirstSentence('BUA låner ut utstyr. Det er gratis. Alle kan låne.')).toEqual([
      'BUA låner ut utstyr.',
      'Det er gratis. Alle kan låne.',
    ]);
  });

  it('does not end a sentence at an abbreviation followed by a number or a small letter', () => {
    expect(splitFirstSentence('Se kap. 3 i veilederen, bl.a. om avtaler. Så videre.')).toEqual([
      'Se kap. 3 i veilederen, bl.a. om avtaler.',
      'Så videre.',
    ]);
  });

  it('is the whole text when it is one sentence', () => {
    expect(splitFirstSentence('Én setning.')).toEqual(['Én setning.', '']);
  });
});

describe('the copied text says next to an amount that newer values may apply, from the expected date', () => {
  const STATE =
    'authority=state&goal=implement&payment=purchase&serviceArea=other&contractValue=2000000&serviceKind=ordinary&resultsBased=no';
  const lineOf = (flat: string, start: string) =>
    flat.split('\n').find((line) => line.startsWith(start)) ?? '';

  it('not on 31 December 2025, and on 1 January 2026 on the EEA amount with why and its source', () => {
    const before = setUp(`${STATE}&date=2025-12-31`);
    expect(before.flat).not.toContain(nb.result.mayBeOutdatedTag);
    const after = setUp(`${STATE}&date=2026-01-01`);
    const line = lineOf(after.flat, '- EØS-terskelverdi for statlige myndigheter');
    expect(line).toContain('1 490 000 kroner, gjelder fra 14. mars 2024');
    expect(line).toContain(`(${nb.result.mayBeOutdatedTag}). Nyere beløp kan gjelde fra 1. januar 2026.`);
    expect(line).toContain('2025/2152');
  });

  it('in nynorsk and English as well', () => {
    expect(setUp(`${STATE}&date=2026-01-01`, nn).flat).toContain(
      'Nyare beløp kan gjelde frå 1. januar 2026.',
    );
    expect(setUp(`${STATE}&date=2026-01-01`, en).flat).toContain(
      'Newer amounts may apply from 1 January 2026.',
    );
  });
});
