import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/content/rules';
import {
  type AuthorityType,
  authorityTypeOf,
  possibleServiceKinds,
  procurementBand,
  type ServiceKind,
  serviceKindOf,
  suggestedServiceKind,
} from '../../src/domain/procurement';
import { thresholdsInForce } from '../../src/domain/thresholds';

const t = thresholdsInForce(getRules().thresholds.thresholds, '2026-11-27');
if (!t) throw new Error('no thresholds');
const band = (amount: number, authority: AuthorityType, kind: ServiceKind) =>
  procurementBand(amount, authority, kind, t).regime;

describe('procurementBand places an amount just below, at and just above every threshold (2024 values)', () => {
  it.each([
    // amount, authority, kind, expected regime
    [99_999, 'other', 'ordinary', 'outsideRegulation'],
    [100_000, 'other', 'ordinary', 'partOne'],
    [100_001, 'other', 'ordinary', 'partOne'],
    [1_299_999, 'other', 'ordinary', 'partOne'],
    [1_300_000, 'other', 'ordinary', 'partTwo'],
    [1_300_001, 'state', 'ordinary', 'partTwo'],
    [1_489_999, 'state', 'ordinary', 'partTwo'],
    [1_490_000, 'state', 'ordinary', 'partThree'],
    [1_490_000, 'other', 'ordinary', 'partTwo'],
    [2_299_999, 'other', 'ordinary', 'partTwo'],
    [2_300_000, 'other', 'ordinary', 'partThree'],
    [2_300_001, 'other', 'ordinary', 'partThree'],
    [1_299_999, 'other', 'healthSocial', 'partOne'],
    [1_300_000, 'other', 'healthSocial', 'partOne'],
    [7_799_999, 'state', 'healthSocial', 'partOne'],
    [7_800_000, 'state', 'healthSocial', 'healthSocialEea'],
    [7_800_001, 'other', 'healthSocial', 'healthSocialEea'],
    [1_300_000, 'other', 'otherSpecial', 'partTwo'],
    [7_799_999, 'other', 'otherSpecial', 'partTwo'],
    [7_800_000, 'other', 'otherSpecial', 'specialEea'],
  ] as const)('%d kr for %s authority, %s service: %s', (amount, authority, kind, expected) => {
    expect(band(amount, authority, kind)).toBe(expected);
  });

  it('names the threshold that was reached and the one the amount is under', () => {
    const result = procurementBand(1_400_000, 'other', 'ordinary', t);
    expect(result.comparisons.map((c) => [c.threshold.kind, c.position])).toEqual([
      ['national', 'atOrAbove'],
      ['eeaOther', 'below'],
    ]);
  });
});

describe('who counts as a state authority for the EEA threshold', () => {
  it.each([
    [{ authority: 'state' }, 'state'],
    [{ authority: 'municipality' }, 'other'],
    [{ authority: 'county' }, 'other'],
    [{ authority: 'publicLawBody' }, 'other'],
    [{ authority: 'navOffice', contractingParty: 'state' }, 'state'],
    [{ authority: 'navOffice', contractingParty: 'municipality' }, 'other'],
    [{ authority: 'navOffice', contractingParty: 'unsure' }, 'state'],
    [{ authority: 'navOffice' }, 'state'],
  ] as const)(
    '%j is treated as %s (unsure Nav offices get the stricter state threshold)',
    (answers, expected) => {
      expect(authorityTypeOf(answers)).toBe(expected);
    },
  );
});

describe('service kind', () => {
  it('reads "unsure" as an ordinary service, the strictest reading', () => {
    expect(serviceKindOf({ serviceKind: 'unsure' })).toBe('ordinary');
    expect(serviceKindOf({ serviceKind: 'healthSocial' })).toBe('healthSocial');
  });
  it.each([
    ['health', 'healthSocial'],
    ['social', 'healthSocial'],
    ['childrenYouth', 'otherSpecial'],
    ['community', 'otherSpecial'],
    ['other', 'ordinary'],
  ] as const)('suggests %s → %s from the service area', (serviceArea, expected) => {
    expect(suggestedServiceKind({ serviceArea })).toBe(expected);
  });
});

describe('possibleServiceKinds: what the service may legally be, for the points that concern some kinds only', () => {
  it.each([
    [{ serviceKind: 'healthSocial' }, ['healthSocial']],
    [{ serviceKind: 'ordinary', serviceArea: 'health' }, ['ordinary']],
    [{ serviceKind: 'unsure', serviceArea: 'other' }, ['healthSocial', 'otherSpecial', 'ordinary']],
    // Not asked below the national threshold: the service area's suggestion stands in for it.
    [{ serviceArea: 'social' }, ['healthSocial']],
    [{ serviceArea: 'community' }, ['otherSpecial']],
    [{ serviceArea: 'other' }, ['ordinary']],
    [{}, ['healthSocial', 'otherSpecial', 'ordinary']],
  ] as const)('%o → %o', (answers, expected) => {
    expect(possibleServiceKinds(answers)).toEqual(expected);
  });
});
