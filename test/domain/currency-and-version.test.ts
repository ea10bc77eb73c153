import { describe, expect, it } from 'vitest';
import { isDueForCheck } from '../../src/domain/currency';
import { compareVersions, versionNote } from '../../src/domain/rules-version';

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

describe('links made under other rules', () => {
  const current = {
    rulesVersion: '2027.03.1',
    changelog: [
      {
        rulesVersion: '2027.03.1',
        publishedOn: '2027-03-01',
        summary: { nb: 'Nye EØS-terskelverdier.', nn: 'Nye EØS-terskelverdiar.', en: 'New EEA thresholds.' },
      },
      {
        rulesVersion: '2026.11.1',
        publishedOn: '2026-11-27',
        summary: { nb: 'Første versjon.', nn: 'Første versjon.', en: 'First version.' },
      },
    ],
  };
  it('says nothing for a link made under the current rules, or without a version', () => {
    expect(
      versionNote(new URLSearchParams('v=2027.03.1'), current, 'implement-part-one-purchase'),
    ).toBeNull();
    expect(versionNote(new URLSearchParams(''), current, 'implement-part-one-purchase')).toBeNull();
  });
  it('lists what changed since, and whether the result changed', () => {
    const note = versionNote(
      new URLSearchParams('v=2026.11.1&o=implement-part-one-purchase'),
      current,
      'implement-operating-agreement',
    );
    expect(note).toMatchObject({
      knownVersion: true,
      previousOutcome: 'implement-part-one-purchase',
      resultChanged: true,
    });
    expect(note?.changes.map((c) => c.rulesVersion)).toEqual(['2027.03.1']);
    expect(
      versionNote(
        new URLSearchParams('v=2026.11.1&o=implement-part-one-purchase'),
        current,
        'implement-part-one-purchase',
      )?.resultChanged,
    ).toBe(false);
  });
  it('treats an unknown or malformed version as unknown, without throwing', () => {
    expect(versionNote(new URLSearchParams('v=banana&o=nope'), current, null)).toMatchObject({
      knownVersion: false,
      changes: [],
      previousOutcome: null,
      resultChanged: null,
    });
  });
  it('compares versions by year, month and sequence', () => {
    expect(compareVersions('2026.11.2', '2026.11.10')).toBeLessThan(0);
    expect(compareVersions('2027.01.1', '2026.12.9')).toBeGreaterThan(0);
  });
});
