import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/content/rules';
import {
  firstCoveredDate,
  pendingRevision,
  proposedThresholds,
  thresholdsInForce,
} from '../../src/domain/thresholds';

const all = getRules().thresholds.thresholds;
const amountsOn = (date: string) => {
  const t = thresholdsInForce(all, date);
  if (!t) throw new Error(`nothing in force on ${date}`);
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.amount]));
};

describe('thresholdsInForce picks the thresholds in force on a date', () => {
  it.each([
    [
      '2017-01-01',
      {
        lowerLimit: 100_000,
        national: 1_100_000,
        eeaState: 1_100_000,
        eeaOther: 1_750_000,
        eeaHealthSocial: 6_300_000,
      },
    ],
    [
      '2018-04-05',
      {
        lowerLimit: 100_000,
        national: 1_100_000,
        eeaState: 1_100_000,
        eeaOther: 1_750_000,
        eeaHealthSocial: 6_300_000,
      },
    ],
    [
      '2018-04-06',
      {
        lowerLimit: 100_000,
        national: 1_300_000,
        eeaState: 1_300_000,
        eeaOther: 2_000_000,
        eeaHealthSocial: 6_950_000,
      },
    ],
    [
      '2020-02-12',
      {
        lowerLimit: 100_000,
        national: 1_300_000,
        eeaState: 1_300_000,
        eeaOther: 2_050_000,
        eeaHealthSocial: 7_200_000,
      },
    ],
    [
      '2022-03-23',
      {
        lowerLimit: 100_000,
        national: 1_300_000,
        eeaState: 1_400_000,
        eeaOther: 2_200_000,
        eeaHealthSocial: 7_800_000,
      },
    ],
    [
      '2024-03-13',
      {
        lowerLimit: 100_000,
        national: 1_300_000,
        eeaState: 1_400_000,
        eeaOther: 2_200_000,
        eeaHealthSocial: 7_800_000,
      },
    ],
    [
      '2024-03-14',
      {
        lowerLimit: 100_000,
        national: 1_300_000,
        eeaState: 1_490_000,
        eeaOther: 2_300_000,
        eeaHealthSocial: 7_800_000,
      },
    ],
    [
      '2026-11-27',
      {
        lowerLimit: 100_000,
        national: 1_300_000,
        eeaState: 1_490_000,
        eeaOther: 2_300_000,
        eeaHealthSocial: 7_800_000,
      },
    ],
  ])('on %s', (date, expected) => {
    expect(amountsOn(date)).toEqual(expected);
  });

  it('covers no date before the 2017 regulation', () => {
    expect(thresholdsInForce(all, '2016-12-31')).toBeNull();
    expect(firstCoveredDate(all)).toBe('2017-01-01');
  });

  it('never applies the proposed 300 000 lower limit, but keeps it as a proposal', () => {
    expect(amountsOn('2030-01-01').lowerLimit).toBe(100_000);
    expect(proposedThresholds(all, '2026-11-27')).toEqual([
      expect.objectContaining({ kind: 'lowerLimit', amount: 300_000, status: 'proposed' }),
    ]);
  });

  it('names a proposal only from the day it was made', () => {
    const proposal = all.find((t) => t.status === 'proposed');
    if (proposal?.status !== 'proposed') throw new Error('the rules hold no proposal');
    expect(proposedThresholds(all, proposal.proposedOn)).toHaveLength(1);
    const dayBefore = new Date(Date.parse(proposal.proposedOn) - 86_400_000).toISOString().slice(0, 10);
    expect(proposedThresholds(all, dayBefore)).toEqual([]);
    expect(proposedThresholds(all, '2018-06-01')).toEqual([]);
  });

  it('every threshold carries its source, confidence and the date it was last checked', () => {
    for (const t of all) {
      expect(t.sourceIds.length).toBeGreaterThan(0);
      expect(t.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('pendingRevision: amounts that newer values may have replaced, from the expected date on', () => {
  const revisions = getRules().thresholds.expectedRevisions;
  const flaggedOn = (date: string) => {
    const t = thresholdsInForce(all, date);
    if (!t) throw new Error(`nothing in force on ${date}`);
    return Object.fromEntries(
      Object.entries(t).map(([kind, threshold]) => [
        kind,
        pendingRevision(revisions, threshold, date)?.id ?? null,
      ]),
    );
  };

  it('flags no amount the day before the EU changed its values (31 December 2025)', () => {
    expect(flaggedOn('2025-12-31')).toEqual({
      lowerLimit: null,
      national: null,
      eeaState: null,
      eeaOther: null,
      eeaHealthSocial: null,
    });
  });

  it('flags every EEA amount from 1 January 2026, but neither the national threshold nor the lower limit', () => {
    expect(flaggedOn('2026-01-01')).toEqual({
      lowerLimit: null,
      national: null,
      eeaState: 'eea-2026',
      eeaOther: 'eea-2026',
      eeaHealthSocial: 'eea-2026',
    });
    expect(flaggedOn('2026-06-30').lowerLimit).toBeNull();
  });

  it('flags the 100 000 lower limit and the national threshold from 1 July 2026 as possibly replaced, without applying any other amount', () => {
    expect(flaggedOn('2026-06-30').national).toBeNull();
    expect(flaggedOn('2026-07-01')).toEqual({
      lowerLimit: 'lower-limit-2026',
      national: 'below-eea-2026',
      eeaState: 'eea-2026',
      eeaOther: 'eea-2026',
      eeaHealthSocial: 'eea-2026',
    });
    expect(amountsOn('2026-07-01').lowerLimit).toBe(100_000);
    expect(amountsOn('2026-07-01').national).toBe(1_300_000);
  });

  it('leaves alone an entry that has ended, or one that began on or after the expected date', () => {
    const revision = revisions.find((r) => r.id === 'eea-2026');
    if (!revision) throw new Error('no eea-2026 revision');
    const current = thresholdsInForce(all, '2026-12-01')?.eeaState;
    if (!current) throw new Error('no state EEA threshold');
    expect(pendingRevision([revision], current, '2026-12-01')).toBe(revision);
    expect(pendingRevision([revision], { ...current, validTo: '2026-03-13' }, '2026-03-01')).toBeUndefined();
    expect(
      pendingRevision([revision], { ...current, validFrom: '2026-03-14' }, '2026-12-01'),
    ).toBeUndefined();
  });

  it('every expected revision carries sources, confidence and the date it was last checked', () => {
    expect(revisions.length).toBeGreaterThan(0);
    for (const r of revisions) {
      expect(r.sourceIds.length).toBeGreaterThan(0);
      expect(r.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
