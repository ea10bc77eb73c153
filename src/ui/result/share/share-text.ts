/**
 * The result as something to keep and pass on: the link that reopens it, and a plain-text summary to
 * paste into a case note or an e-mail. Pure functions of the evaluated journey, the message catalogue
 * and the content language, so the copied text follows the chosen language like the page does.
 */
import type { Confidence, LocalizedText, Rules, Source } from '../../../content/schema';
import { isUncertain } from '../../../domain/confidence';
import type { IsoDate } from '../../../domain/dates';
import type { Recommendation } from '../../../domain/recommendation';
import { PARAM } from '../../../domain/url-format';
import type { Evaluation } from '../../../machine/engine';
import { stepHref } from '../../links/hrefs';
import type { LinkBase } from '../../links/link-base';
import { answeredOnPath, answerText } from '../../text/answer-text';
import { chosenDateText, lastCheckedText } from '../../text/assessment-text';
import { capitalise, formatAmount, formatDate, formatList } from '../../text/format';
import type { Messages } from '../../text/messages/nb';
import type { CompareRow } from '../compare/compare-section';
import { organisationName } from '../organisation-name';
import { resultNotes } from '../result-notes';

/**
 * The path and query that reopen this result: the answers on the path in questionnaire order, the
 * result step, the parameters the page carries (language, a chosen date), the rules version the result
 * was assessed under (`v`) and the outcome it showed (`o`), so a link opened after the rules change can
 * say so, and say whether the result for these answers changed.
 */
export function recordHref(base: LinkBase, evaluation: Evaluation, rulesVersion: string): string {
  const outcome =
    evaluation.position.kind === 'outcome' ? [[PARAM.outcome, evaluation.position.outcome] as const] : [];
  const carried = [
    ...base.carried.filter(([key]) => key !== PARAM.rulesVersion && key !== PARAM.outcome),
    [PARAM.rulesVersion, rulesVersion] as const,
    ...outcome,
  ];
  return stepHref({ ...base, carried }, evaluation.answers, 'result');
}

export type ShareTextInput = {
  evaluation: Evaluation;
  recommendation: Recommendation;
  rules: Rules;
  /** The full link that reopens the result (origin included). */
  link: string;
  messages: Messages;
  /** Picks the active language from a content text. */
  text: (localized: LocalizedText) => string;
  /** Today's date in Norway, to word a chosen assessment date as past or ahead (today by default). */
  today?: IsoDate;
  /** The comparison with a pinned result, when the page shows one (compare-section.tsx). */
  comparison?: CompareRow[] | null;
};

/**
 * A plain-text summary of the result: title, assessment date and rules version, the answers, the
 * recommendation and why, the procurement rules with the thresholds and their sources, notes, the
 * examples' titles, funding schemes with who may apply, next steps, sources, the link, the disclaimer.
 * Sections are separated by a blank line; lists use "- " and numbers so they survive any mail client.
 */
export function shareText({
  evaluation,
  recommendation,
  rules,
  link,
  messages: m,
  text,
  today,
  comparison,
}: ShareTextInput): string {
  const { primaryForm, procurement } = recommendation;
  const sourcesOf = (ids: readonly string[]) =>
    ids.flatMap((id) => rules.sources.sources.filter((source) => source.id === id));
  const reference = (source: Source) => `${source.title} (${source.publisher})`;
  const sourceLine = (sources: readonly Source[]) =>
    sources.length === 0
      ? ''
      : `${sources.length === 1 ? m.result.sourceLabel : m.result.sourcesLabel}: ${sources.map(reference).join('; ')}`;
  const uncertainMark = (confidence: Confidence) =>
    isUncertain(confidence) ? ` (${m.result.uncertainTag})` : '';
  const section = (heading: string, lines: readonly string[]) => [heading, ...lines].join('\n');

  const chosenDate = chosenDateText(evaluation, today, m);
  const assessed = m.result.assessed(
    formatDate(recommendation.assessmentDate, m.locale),
    recommendation.rulesVersion,
  );
  const sections: string[] = [
    [
      m.result.heading(text(primaryForm.name)),
      `${m.service.name}: ${assessed}.${chosenDate ? ` ${chosenDate}` : ''}`,
    ].join('\n'),
    text(primaryForm.summary),
    section(
      m.result.answersLedHere,
      answeredOnPath(rules, evaluation.path, evaluation.answers).map(
        ({ question, value }) =>
          `- ${text(question.summaryLabel)}: ${answerText(question, value, text, m.locale)}`,
      ),
    ),
    section(m.result.whyHeading, [text(recommendation.why)]),
  ];
  if (comparison && comparison.length > 0) {
    // As on the page: each row with both results, rows that differ marked.
    const differing = comparison.filter((row) => row.differs).length;
    sections.push(
      section(m.compare.heading, [
        `${m.compare.caption(String(differing), String(comparison.length))}.`,
        ...comparison.map(
          (row) =>
            `- ${row.label}${row.differs ? ` (${m.compare.differs})` : ''}. ${m.compare.pinnedColumn}: ${row.pinned.join('; ')}. ${m.compare.currentColumn}: ${row.current.join('; ')}.`,
        ),
      ]),
    );
  }

  const regime = procurement.regime;
  const rulesLines = [
    `${text(regime.title)}${uncertainMark(regime.confidence)}`,
    text(regime.summary),
    ...procurement.points.map((point) =>
      'text' in point
        ? `- ${text(point.text)}${uncertainMark(point.confidence)} ${sourceLine(sourcesOf(point.sourceIds))}`
        : `- ${text(point)}`,
    ),
    sourceLine(sourcesOf(regime.sourceIds)),
  ];
  const comparisons = procurement.band?.comparisons ?? [];
  if (procurement.amount === null) rulesLines.push(m.result.noAmount);
  if (comparisons.length > 0) {
    rulesLines.push(`${m.result.thresholdsHeading}:`);
    for (const { threshold, position, revision } of comparisons) {
      const name = capitalise(text(rules.thresholds.names[threshold.kind]), m.locale);
      const sources = sourceLine(sourcesOf(threshold.sourceIds));
      // Next to the amount, as on the page: newer amounts may apply, why, and on what sources.
      const outdated = revision
        ? ` (${m.result.mayBeOutdatedTag}). ${m.result.mayBeOutdated(formatDate(revision.expectedFrom, m.locale))} ${text(
            revision.note,
          )}${uncertainMark(revision.confidence)} ${sourceLine(sourcesOf(revision.sourceIds))}`
        : '';
      rulesLines.push(
        `- ${name}: ${m.result.thresholdAmount(formatAmount(threshold.amount, m.locale))}, ${m.result.validFrom(
          formatDate(threshold.validFrom, m.locale),
        )}${uncertainMark(threshold.confidence)}${outdated}. ${
          position === 'below' ? m.result.positionBelow : m.result.positionAtOrAbove
        }${sources ? ` ${sources}.` : ''} ${lastCheckedText(threshold.lastChecked, evaluation.assessmentDate, m)}`,
      );
    }
  }
  sections.push(
    section(
      m.result.procurementHeading,
      rulesLines.filter((line) => line !== ''),
    ),
  );
  sections.push(section(m.result.procurementNoteHeading, [text(primaryForm.procurementNote)]));

  const notes = resultNotes(recommendation, evaluation.thresholds, rules, m, text);
  if (notes.length > 0)
    sections.push(
      section(
        m.result.notesHeading,
        notes.map((note) => `- ${note}`),
      ),
    );

  if (recommendation.examples.length > 0) {
    sections.push(
      section(
        m.result.examplesHeading,
        recommendation.examples.map((example) => {
          const organisations = formatList(
            example.organisations.map((o) => organisationName(o, m)),
            m.locale,
          );
          const guide = example.guideWords
            ? `\n  ${m.result.guideWords}: «${example.guideWords.quote}» ${m.result.guideCorrection}: ${text(example.guideWords.correction)}${uncertainMark(example.guideWords.confidence)}`
            : '';
          return `- ${text(example.title)} (${organisations})${guide}`;
        }),
      ),
    );
  }

  sections.push(
    section(
      m.result.fundingHeading,
      recommendation.funding.length === 0
        ? [m.result.fundingNone]
        : recommendation.funding.map(
            (scheme) =>
              `- ${text(scheme.name)} (${m.result.fundingStatus[scheme.status]}${
                isUncertain(scheme.confidence) ? `, ${m.result.uncertainTag}` : ''
              }). ${m.result.whoMayApply}: ${text(scheme.whoMayApply)} ${lastCheckedText(
                scheme.lastChecked,
                evaluation.assessmentDate,
                m,
              )}`,
          ),
    ),
  );

  if (recommendation.alternatives.length > 0) {
    sections.push(
      section(
        m.result.alternativesHeading,
        recommendation.alternatives.map(
          ({ form, whyNot }) => `- ${text(form.name)}. ${m.result.whyNot}: ${text(whyNot)}`,
        ),
      ),
    );
  }

  sections.push(
    section(
      m.result.nextStepsHeading,
      recommendation.nextSteps.map((step, i) => `${i + 1}. ${text(step)}`),
    ),
  );
  sections.push(
    section(
      m.result.sourcesHeading,
      recommendation.sources.map((source) => `- ${reference(source)}${source.url ? `: ${source.url}` : ''}`),
    ),
  );
  sections.push(`${m.share.linkLabel}: ${link}`);
  sections.push(`${m.result.disclaimerHeading}. ${m.result.disclaimer}`);
  return `${sections.join('\n\n')}\n`;
}
