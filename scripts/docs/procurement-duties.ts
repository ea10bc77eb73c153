/**
 * Renders docs/procurement-duties.md: for each kind of authority the questionnaire offers, each kind of
 * service and each value band, what the law asks of the officer. Nothing here is written by hand: the
 * authorities are the options of the authority question (grouped by `authorityTypeOf`), the bands come
 * from the thresholds in force and `procurementBand`, and the duties from rules/procurement.json.
 */

import type { Confidence, Regime, RegimeDuties, Rules } from '../../src/content/schema';
import type { ThresholdKind } from '../../src/content/vocabulary';
import type { Answers } from '../../src/domain/answers';
import {
  type AuthorityType,
  authorityTypeOf,
  eeaThresholdKind,
  procurementBand,
  type ServiceKind,
} from '../../src/domain/procurement';
import {
  pendingRevision,
  proposedThresholds,
  type ThresholdsInForce,
  thresholdsInForce,
} from '../../src/domain/thresholds';

const nok = (n: number) => n.toLocaleString('nb-NO').replace(/\s/g, ' ');

/** The two kinds of service the table covers, in the order shown. */
export const DUTY_SERVICE_KINDS = [
  ['ordinary', 'Ordinary goods and services'],
  ['healthSocial', 'Health and social services'],
] as const satisfies readonly (readonly [ServiceKind, string])[];

type DutyName = keyof RegimeDuties;
const DUTY_COLUMNS: readonly (readonly [DutyName, string])[] = [
  ['announce', 'Announce'],
  ['compete', 'Compete'],
  ['protocol', 'Protocol'],
  ['standstill', 'Standstill (karensperiode)'],
  ['fine', 'Infringement fine (overtredelsesgebyr)'],
];

const VALUE_LABELS: { [D in DutyName]: Record<RegimeDuties[D]['value'], string> } = {
  announce: {
    none: 'No duty to announce',
    doffin: 'In Doffin',
    doffinTed: 'In Doffin, which forwards it to TED',
  },
  compete: {
    notRequired: 'Not required: you may buy directly',
    asFarAsPossible: 'Competition as far as possible',
    tilbudskonkurranse: 'Open or restricted tilbudskonkurranse',
    anbudskonkurranse: 'Open or restricted anbudskonkurranse; others only on their conditions',
    ownProcedure: 'A procedure you design within the basic principles',
  },
  protocol: { notRequired: 'Not required', required: 'Required' },
  standstill: {
    none: 'None',
    reasonable: 'A reasonable period after the award notice',
    tenDays: 'At least 10 days after the award notice',
    notSettled: 'Not settled (we recommend a reasonable period after the award notice)',
  },
  fine: { notPossible: 'Not possible', possible: 'Possible for an illegal direct award' },
};

const CONFIDENCE_MARK: Record<Confidence, string> = {
  verified: '',
  secondary: ' *(secondary)*',
  recollection: ' *(unchecked)*',
  open: ' *(open)*',
};

export type DutyBand = { label: string; from: number; to: number | null };
export type AuthorityGroup = { type: AuthorityType; labels: string[] };

/**
 * The authorities of the authority question, grouped by the threshold type they get. An option whose
 * type depends on who signs (the Nav office) appears in each group with the signing parties that put it there.
 */
export function authorityGroups(rules: Rules): AuthorityGroup[] {
  const question = rules.questions.questions.find((q) => q.id === 'authority');
  const party = rules.questions.questions.find((q) => q.id === 'contractingParty');
  if (question?.kind !== 'choice' || party?.kind !== 'choice') throw new Error('No authority question');
  const groups = new Map<AuthorityType, string[]>();
  for (const option of question.options) {
    const byType = new Map<AuthorityType, string[]>();
    for (const p of party.options) {
      const type = authorityTypeOf({ authority: option.value, contractingParty: p.value } as Answers);
      byType.set(type, [...(byType.get(type) ?? []), p.label.en]);
    }
    for (const [type, parties] of byType) {
      const label =
        byType.size === 1
          ? option.label.en
          : `${option.label.en} (who signs: ${parties.map((p) => `“${p}”`).join(' or ')})`;
      groups.set(type, [...(groups.get(type) ?? []), label]);
    }
  }
  return [...groups].map(([type, labels]) => ({ type, labels }));
}

/** The four value bands for one authority and kind of service; a band left empty by the values is dropped. */
export function dutyBands(type: AuthorityType, kind: ServiceKind, t: ThresholdsInForce): DutyBand[] {
  const lower = t.lowerLimit.amount;
  const national = t.national.amount;
  const eea = t[eeaThresholdKind(kind, type)].amount;
  const bands: DutyBand[] = [
    { label: 'below the lower limit', from: 0, to: lower - 1 },
    { label: 'lower limit to national threshold', from: lower, to: national - 1 },
    { label: 'national threshold to EEA threshold', from: national, to: eea - 1 },
    { label: 'at or above the EEA threshold', from: eea, to: null },
  ];
  return bands.filter((b) => b.to === null || b.to >= b.from);
}

const range = (b: DutyBand) => (b.to === null ? `${nok(b.from)} or more` : `${nok(b.from)}–${nok(b.to)}`);

export function renderProcurementDuties(rules: Rules): string {
  const date = rules.meta.publishedOn;
  const t = thresholdsInForce(rules.thresholds.thresholds, date);
  if (!t) throw new Error(`No thresholds in force on ${date}`);
  const regimeOf = (id: string): Regime & { duties: RegimeDuties } => {
    const regime = rules.procurement.regimes.find((r) => r.id === id);
    if (!regime?.duties) throw new Error(`Regime ${id} has no duties in rules/procurement.json`);
    return regime as Regime & { duties: RegimeDuties };
  };
  const cited = new Set<string>();
  const cell = <D extends DutyName>(duties: RegimeDuties, name: D) => {
    const d = duties[name];
    for (const s of d.sourceIds) cited.add(s);
    const label = (VALUE_LABELS[name] as Record<string, string>)[d.value];
    return `${label}${CONFIDENCE_MARK[d.confidence]}<br>${d.paragraph}<br>${d.sourceIds.map((s) => `\`${s}\``).join(', ')}`;
  };
  // An amount an expected revision may have replaced says so, as on every result (docs/adr/0003).
  const thresholdLabel = (k: ThresholdKind) => {
    const revision = pendingRevision(rules.thresholds.expectedRevisions, t[k], date);
    const outdated = revision
      ? ` *(may be out of date: newer amounts may apply from ${revision.expectedFrom}, ${revision.confidence}; \`${revision.id}\`)*`
      : '';
    return `${nok(t[k].amount)} (from ${t[k].validFrom})${outdated}`;
  };

  const groups = authorityGroups(rules);
  const lines: string[] = [
    '# What the law asks, by authority, service and value',
    '',
    '<!-- Generated by `npm run docs` from rules/ and the domain functions. Do not edit: a test fails when it is out of date. -->',
    '',
    `For each kind of authority the questionnaire offers, each kind of service and each value band, what the officer must do: where to announce, how to compete, whether to keep a protocol, the standstill period before signing, and whether an infringement fine is possible. Thresholds in force on ${date} (rules ${rules.meta.rulesVersion}); amounts are NOK excluding VAT. The bands come from \`procurementBand\`, the duties from the regime's \`duties\` in rules/procurement.json, the sources (ids in backticks) from rules/sources.json. A duty is verified unless marked *(secondary)* (a secondary source or our reading of one) or *(open)* (not settled).`,
    '',
    'The guide gives advice; it does not replace a legal assessment.',
    '',
  ];
  const proposed = proposedThresholds(rules.thresholds.thresholds, date);
  if (proposed.length) {
    lines.push(
      '**Proposed, not applied:** ',
      ...proposed.map(
        (p) =>
          `- ${rules.thresholds.names[p.kind].en}: ${nok(p.amount)}, proposed ${p.proposedOn} (${p.confidence}; ${p.sourceIds.map((s) => `\`${s}\``).join(', ')})${p.note ? `. ${p.note.en}` : ''}`,
      ),
      '',
    );
  }
  lines.push(
    '## Thresholds by authority',
    '',
    '| authority | lower limit | national threshold | EEA threshold, ordinary goods and services | EEA threshold, health and social services |',
    '| --- | --- | --- | --- | --- |',
    ...groups.map(
      (g) =>
        `| ${g.labels.join('; ')} | ${thresholdLabel('lowerLimit')} | ${thresholdLabel('national')} | ${thresholdLabel(eeaThresholdKind('ordinary', g.type))} | ${thresholdLabel(eeaThresholdKind('healthSocial', g.type))} |`,
    ),
    '',
  );
  for (const g of groups) {
    lines.push(`## ${g.labels.join('; ')}`, '');
    for (const [kind, kindLabel] of DUTY_SERVICE_KINDS) {
      lines.push(
        `### ${kindLabel}`,
        '',
        `| value band | regime | ${DUTY_COLUMNS.map(([, h]) => h).join(' | ')} |`,
        `| --- | --- | ${DUTY_COLUMNS.map(() => '---').join(' | ')} |`,
        ...dutyBands(g.type, kind, t).map((b) => {
          const regime = regimeOf(procurementBand(b.from, g.type, kind, t).regime);
          return `| ${b.label}: ${range(b)} | \`${regime.id}\` ${regime.title.en} | ${DUTY_COLUMNS.map(([name]) => cell(regime.duties, name)).join(' | ')} |`;
        }),
        '',
      );
    }
  }
  lines.push(
    '## Sources',
    '',
    ...rules.sources.sources
      .filter((s) => cited.has(s.id))
      .map((s) => `- \`${s.id}\`: ${s.title}. ${s.publisher}.${s.url ? ` <${s.url}>` : ''}`),
    '',
  );
  return lines.join('\n');
}
