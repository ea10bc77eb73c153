/** docs/procurement-duties.md: what the law asks, derived from rules/ and the domain, never by hand. */
import { describe, expect, it } from 'vitest';
import {
  authorityGroups,
  DUTY_SERVICE_KINDS,
  dutyBands,
  renderProcurementDuties,
} from '../../scripts/docs/procurement-duties';
import { getRules } from '../../src/content/rules';
import type { RegimeDuties, Rules } from '../../src/content/schema';
import { procurementBand } from '../../src/domain/procurement';
import { thresholdsInForce } from '../../src/domain/thresholds';

const rules = getRules();
const t = thresholdsInForce(rules.thresholds.thresholds, rules.meta.publishedOn);
if (!t) throw new Error('no thresholds in force');
const dutiesAt = (amount: number, type: 'state' | 'other', kind: 'ordinary' | 'healthSocial') => {
  const id = procurementBand(amount, type, kind, t).regime;
  return rules.procurement.regimes.find((r) => r.id === id)?.duties as RegimeDuties;
};

describe('docs/procurement-duties.md', () => {
  const doc = renderProcurementDuties(rules);

  it('names every option of the authority question, and the Nav office under both thresholds', () => {
    const authority = rules.questions.questions.find((q) => q.id === 'authority');
    if (authority?.kind !== 'choice') throw new Error('no authority question');
    for (const o of authority.options) expect(doc).toContain(o.label.en);
    const groups = authorityGroups(rules);
    expect(groups.map((g) => g.type).sort()).toEqual(['other', 'state']);
    for (const g of groups) expect(g.labels.some((l) => l.startsWith('Nav'))).toBe(true);
  });

  it('follows a new authority option without a change here', () => {
    const changed = structuredClone(rules) as Rules;
    const authority = changed.questions.questions.find((q) => q.id === 'authority');
    if (authority?.kind !== 'choice') throw new Error('no authority question');
    authority.options.push({ value: 'healthTrust', label: { nb: 'X', nn: 'X', en: 'A new kind of body' } });
    expect(renderProcurementDuties(changed)).toContain('A new kind of body');
  });

  it('has four value bands per authority and kind of service, each with every duty and its paragraph', () => {
    for (const g of authorityGroups(rules))
      for (const [kind] of DUTY_SERVICE_KINDS) expect(dutyBands(g.type, kind, t)).toHaveLength(4);
    for (const r of rules.procurement.regimes)
      for (const d of Object.values(r.duties ?? {})) expect(d.paragraph.length).toBeGreaterThan(3);
    expect(doc).toContain('anskaffelsesforskriften §§ 25-1 and 25-2');
    expect(doc).toContain('HR-2025-2425-A');
  });

  it('says what the law asks at the points where the officer acts', () => {
    // Below the lower limit the act does not apply.
    expect(dutiesAt(t.lowerLimit.amount - 1, 'other', 'ordinary').compete.value).toBe('notRequired');
    // From it, Part I: competition as far as possible and a protocol, no announcement.
    const partOne = dutiesAt(t.lowerLimit.amount, 'other', 'ordinary');
    expect([partOne.announce.value, partOne.compete.value, partOne.protocol.value]).toEqual([
      'none',
      'asFarAsPossible',
      'required',
    ]);
    expect(partOne.compete.paragraph).toBe('anskaffelsesloven § 4');
    expect(partOne.protocol.paragraph).toBe('anskaffelsesforskriften § 7-1');
    // Health and social services between the national and their EEA threshold: no duty to announce.
    expect(dutiesAt(t.national.amount, 'other', 'healthSocial').announce.value).toBe('none');
    expect(dutiesAt(t.eeaHealthSocial.amount, 'state', 'healthSocial').announce.value).toBe('doffinTed');
    // Above the EEA threshold: Doffin forwards to TED, and at least ten days' standstill.
    for (const [type, kind] of [
      ['state', 'eeaState'],
      ['other', 'eeaOther'],
    ] as const) {
      const above = dutiesAt(t[kind].amount, type, 'ordinary');
      expect(above.announce.value).toBe('doffinTed');
      expect(above.standstill.value).toBe('tenDays');
      expect(above.standstill.paragraph).toMatch(/§§? .*25-2/);
      expect(dutiesAt(t[kind].amount - 1, type, 'ordinary').announce.value).toBe('doffin');
    }
  });

  it('allows an infringement fine exactly where announcement is required', () => {
    for (const r of rules.procurement.regimes) {
      if (!r.duties) continue;
      expect(r.duties.fine.value === 'possible', r.id).toBe(r.duties.announce.value !== 'none');
    }
  });
});
