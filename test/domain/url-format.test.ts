/** The URL format: the app's parameters, answers read and written, pins, and which links are the start page. */
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../src/content/vocabulary';
import {
  APP_PARAMS,
  answersToParams,
  appParam,
  CARRIED_PARAMS,
  fitsPrerenderedStartPage,
  isStartPage,
  PARAM,
  parseAnswers,
  pinValue,
  readPinValue,
  withQuery,
} from '../../src/domain/url-format';

describe('parseAnswers reads answers from a link without throwing', () => {
  it('drops unknown keys and keeps the app parameters out of the answers', () => {
    const parsed = parseAnswers('authority=state&utm_source=mail&lang=nn&step=goal');
    expect(parsed.answers).toEqual({ authority: 'state' });
    expect(parsed.unknownKeys).toEqual(['utm_source']);
    expect(parsed.problems).toEqual([]);
  });
  it('reports an invalid choice against its question', () => {
    expect(parseAnswers('authority=ministry').problems).toEqual([
      { question: 'authority', kind: 'invalidChoice', value: 'ministry' },
    ]);
  });
  it('reads amounts as typed, and reports nonsense amounts with the reason', () => {
    expect(parseAnswers('contractValue=kr%201%20300%20000%2C-').answers).toEqual({
      contractValue: 1_300_000,
    });
    expect(parseAnswers('contractValue=-5').problems).toEqual([
      { question: 'contractValue', kind: 'invalidAmount', value: '-5', problem: 'negative' },
    ]);
    expect(parseAnswers('contractValue=').problems[0]).toMatchObject({ problem: 'empty' });
    expect(parseAnswers('contractValue=lots').problems[0]).toMatchObject({ problem: 'notANumber' });
    expect(parseAnswers('contractValue=1e99').problems[0]).toMatchObject({ problem: 'notANumber' });
    expect(parseAnswers('contractValue=999999999999999').problems[0]).toMatchObject({ problem: 'tooLarge' });
  });
  it('uses the first of a repeated answer and reports the repeat', () => {
    const parsed = parseAnswers('goal=develop&goal=implement');
    expect(parsed.answers).toEqual({ goal: 'develop' });
    expect(parsed.problems).toEqual([{ question: 'goal', kind: 'repeated', value: 'implement' }]);
  });
  it('writes answers back in questionnaire order', () => {
    expect(answersToParams({ serviceArea: 'health', authority: 'state', contractValue: 5 }).toString()).toBe(
      'authority=state&serviceArea=health&contractValue=5',
    );
  });
});

describe('the app parameters', () => {
  it('never share a name with a question, so an answer can never be read as one of them', () => {
    for (const name of APP_PARAMS) expect(QUESTION_IDS as readonly string[]).not.toContain(name);
  });
  it('carry the language, a chosen date, the rules version and a pin, and nothing that names a page', () => {
    expect([...CARRIED_PARAMS].sort()).toEqual(
      [PARAM.date, PARAM.lang, PARAM.pin, PARAM.rulesVersion].sort(),
    );
    expect(CARRIED_PARAMS).not.toContain(PARAM.step);
    expect(CARRIED_PARAMS).not.toContain(PARAM.change);
    expect(CARRIED_PARAMS).not.toContain(PARAM.outcome);
  });
  it('read an empty value as absent', () => {
    const params = new URLSearchParams('date=&v=2026.11.1');
    expect(appParam(params, PARAM.date)).toBeNull();
    expect(appParam(params, PARAM.rulesVersion)).toBe('2026.11.1');
  });
});

describe('the start page', () => {
  it('is any link that holds only parameters every link keeps', () => {
    expect(isStartPage(new URLSearchParams(''))).toBe(true);
    expect(isStartPage(new URLSearchParams('lang=nn&date=2026-01-01&v=2026.11.1'))).toBe(true);
    expect(isStartPage(new URLSearchParams('lang=nn&step=authority'))).toBe(false);
    expect(isStartPage(new URLSearchParams('authority=state'))).toBe(false);
  });
  it('is the prerendered page only when the link holds nothing but the language', () => {
    expect(fitsPrerenderedStartPage(new URLSearchParams('lang=nb'))).toBe(true);
    expect(fitsPrerenderedStartPage(new URLSearchParams('date=2026-01-01'))).toBe(false);
    expect(fitsPrerenderedStartPage(new URLSearchParams('v=2026.11.1'))).toBe(false);
  });
});

describe('a pin', () => {
  it('holds answers only, written in questionnaire order, and reports any other key', () => {
    const value = pinValue({ goal: 'develop', authority: 'state' });
    expect(value).toBe('authority=state&goal=develop');
    expect(readPinValue(value)).toEqual({ answers: new URLSearchParams(value), unknownKeys: [] });
    const tampered = readPinValue('authority=state&date=2020-01-01&step=how&date=x');
    expect(tampered.answers.toString()).toBe('authority=state');
    expect(tampered.unknownKeys).toEqual(['date', 'step']);
  });
});

describe('withQuery', () => {
  it('writes no question mark when there is nothing to carry', () => {
    expect(withQuery('/', new URLSearchParams())).toBe('/');
    expect(withQuery('/guide', new URLSearchParams('lang=nn'))).toBe('/guide?lang=nn');
  });
});
