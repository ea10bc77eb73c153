import { describe, expect, it } from 'vitest';
import type { ChangeAffects } from '../../src/content/schema';
import { isDueForCheck } from '../../src/domain/currency';
import {
  affectsResult,
  type Changelog,
  changesAffecting,
  compareVersions,
  type ResultScope,
  versionNote,
} from '../../src/domain/rules-version';

describe('information last checked more than twelve months before the assessment date is due for checking', () => {
  it.each([
    ['2026-02-01', '2026-11-27', false],
    ['2026-02-01', '2027-01-31', false],
    ['2026-02-01', '2027-02-01', true],
    ['2025-11-26', '2026-11-27', true],
    ['2026-02-01', '2024-03-14', false],
  ])('checked %s, assessed %s: due %s', (checked, assessed, due) => {
    expect(isDueForCheck(checked, assessed)).toBe(due);
  });
});

const text = (en: string) => ({ nb: `nb: ${en}`, nn: `nn: ${en}`, en });

describe('links made under other rules', () => {
  const current: { rulesVersion: string; changelog: Changelog } = {
    rulesVersion: '2027.03.1',
    changelog: [
      {
        rulesVersion: '2027.03.1',
        publishedOn: '2027-03-01',
        changes: [
          { text: text('New EEA thresholds.'), affects: { questions: ['contractValue'] } },
          {
            text: text('Operating agreements reworded.'),
            affects: { outcomes: ['implement-operating-agreement'] },
          },
        ],
      },
      {
        rulesVersion: '2027.01.1',
        publishedOn: '2027-01-15',
        changes: [{ text: text('Sources link to pages.'), affects: { all: true } }],
      },
      {
        rulesVersion: '2026.11.1',
        publishedOn: '2026-11-27',
        changes: [{ text: text('First version.'), affects: { all: true } }],
      },
    ],
  };
  const PURCHASE = ['authority', 'goal', 'payment', 'serviceArea', 'contractValue'] as const;
  const NO_AMOUNT = ['authority', 'goal', 'payment', 'target'] as const;
  const texts = (note: ReturnType<typeof versionNote>) =>
    note?.changes.map((entry) => [entry.rulesVersion, entry.changes.map((c) => c.text.en)]);

  it('says nothing for a link made under the current rules, or without a version', () => {
    expect(
      versionNote(new URLSearchParams('v=2027.03.1'), current, 'implement-part-one-purchase', PURCHASE),
    ).toBeNull();
    expect(versionNote(new URLSearchParams(''), current, 'implement-part-one-purchase', PURCHASE)).toBeNull();
  });
  it('lists the changes since that affect the result, and whether the result changed', () => {
    const note = versionNote(
      new URLSearchParams('v=2026.11.1&o=implement-part-one-purchase'),
      current,
      'implement-operating-agreement',
      PURCHASE,
    );
    expect(note).toMatchObject({
      knownVersion: true,
      previousOutcome: 'implement-part-one-purchase',
      resultChanged: true,
      changesSince: 3,
    });
    expect(texts(note)).toEqual([
      ['2027.03.1', ['New EEA thresholds.', 'Operating agreements reworded.']],
      ['2027.01.1', ['Sources link to pages.']],
    ]);
    expect(
      versionNote(
        new URLSearchParams('v=2026.11.1&o=implement-part-one-purchase'),
        current,
        'implement-part-one-purchase',
        PURCHASE,
      )?.resultChanged,
    ).toBe(false);
  });
  it('leaves out changes to other outcomes and to questions not answered, and versions left with none', () => {
    const note = versionNote(
      new URLSearchParams('v=2027.01.1&o=implement-supplement'),
      current,
      'implement-supplement',
      NO_AMOUNT,
    );
    expect(note).toMatchObject({ knownVersion: true, changes: [], changesSince: 2 });
  });
  it('counts the outcome the link showed as well as the outcome now', () => {
    const shown = versionNote(
      new URLSearchParams('v=2027.01.1&o=implement-operating-agreement'),
      current,
      'implement-supplement',
      NO_AMOUNT,
    );
    expect(texts(shown)).toEqual([['2027.03.1', ['Operating agreements reworded.']]]);
    const now = versionNote(new URLSearchParams('v=2027.01.1'), current, 'implement-operating-agreement', []);
    expect(texts(now)).toEqual([['2027.03.1', ['Operating agreements reworded.']]]);
  });
  it('treats an unknown or malformed version as unknown, without throwing', () => {
    expect(versionNote(new URLSearchParams('v=banana&o=nope'), current, null, [])).toMatchObject({
      knownVersion: false,
      changes: [],
      changesSince: 0,
      previousOutcome: null,
      resultChanged: null,
    });
  });
  it('compares versions by year, month and sequence', () => {
    expect(compareVersions('2026.11.2', '2026.11.10')).toBeLessThan(0);
    expect(compareVersions('2027.01.1', '2026.12.9')).toBeGreaterThan(0);
  });
});

describe('a change affects a result', () => {
  const scope: ResultScope = { outcomes: ['implement-inclusion'], questions: ['authority', 'goal'] };
  it.each<[ChangeAffects, boolean]>([
    [{ all: true }, true],
    [{ outcomes: ['implement-inclusion'] }, true],
    [{ outcomes: ['explore'] }, false],
    [{ questions: ['goal'] }, true],
    [{ questions: ['contractValue'] }, false],
    [{ outcomes: ['explore'], questions: ['authority'] }, true],
  ])('%j: %s', (affects, expected) => {
    expect(affectsResult(affects, scope)).toBe(expected);
  });
  it('keeps the changelog order and drops versions with no change that affects it', () => {
    const entries: Changelog = [
      {
        rulesVersion: '2027.01.1',
        publishedOn: '2027-01-15',
        changes: [
          { text: text('a'), affects: { questions: ['contractValue'] } },
          { text: text('b'), affects: { outcomes: ['implement-inclusion'] } },
          { text: text('c'), affects: { all: true } },
        ],
      },
      {
        rulesVersion: '2026.12.1',
        publishedOn: '2026-12-01',
        changes: [{ text: text('d'), affects: { outcomes: ['explore'] } }],
      },
    ];
    expect(
      changesAffecting(entries, scope).map((e) => [e.rulesVersion, e.changes.map((c) => c.text.en)]),
    ).toEqual([['2027.01.1', ['b', 'c']]]);
  });
});
