import type { CSSProperties } from 'react';
import type { LocalizedText, Rules } from '../../content/schema';
import type { ThresholdKind } from '../../content/vocabulary';
import { eeaThresholdKind } from '../../domain/procurement';
import type { ProcurementAssessment } from '../../domain/recommendation';
import type { ThresholdsInForce } from '../../domain/thresholds';
import { formatAmount, formatAmountCompact } from '../text/format';
import { useMessages, useText } from '../text/messages/messages-context';

type Mark = { kind: ThresholdKind; amount: number; name: LocalizedText };

/**
 * Where the amount falls among the lower limit, the national threshold and the EEA threshold that
 * applies: equal-width bands (the amounts span two orders of magnitude) with the amount marked in its
 * band. The picture is hidden from assistive technology; the caption says the same in words.
 */
export function ThresholdFigure({
  amount,
  procurement,
  thresholds,
  rules,
}: {
  amount: number;
  procurement: ProcurementAssessment;
  thresholds: ThresholdsInForce;
  rules: Rules;
}) {
  const m = useMessages();
  const text = useText();
  const eea = eeaThresholdKind(procurement.serviceKind, procurement.authorityType);
  const marks: Mark[] = [];
  for (const kind of ['lowerLimit', 'national', eea] as const) {
    const amountOf = thresholds[kind].amount;
    // Two kinds can share an amount (the state EEA threshold once equalled the national one): one mark.
    if (!marks.some((mark) => mark.amount === amountOf))
      marks.push({ kind, amount: amountOf, name: rules.thresholds.names[kind] });
  }
  marks.sort((a, b) => a.amount - b.amount);

  const bandIndex = marks.filter((mark) => amount >= mark.amount).length;
  const bandCount = marks.length + 1;
  const from = bandIndex === 0 ? 0 : (marks[bandIndex - 1]?.amount ?? 0);
  const to = marks[bandIndex]?.amount ?? from * 2;
  const within = Math.min(0.94, Math.max(0.06, (amount - from) / (to - from)));
  const at = ((bandIndex + within) / bandCount) * 100;

  const below = marks[bandIndex];
  const reached = marks[bandIndex - 1];
  const place =
    reached && below
      ? m.result.figurePlaceBetween(
          text(reached.name),
          formatAmount(reached.amount, m.locale),
          text(below.name),
          formatAmount(below.amount, m.locale),
        )
      : below
        ? m.result.figurePlaceBelow(text(below.name), formatAmount(below.amount, m.locale))
        : reached
          ? m.result.figurePlaceAbove(text(reached.name), formatAmount(reached.amount, m.locale))
          : '';

  return (
    <figure className="threshold-figure">
      <div
        className="threshold-figure__chart no-print"
        aria-hidden="true"
        style={{ '--at': `${at}%` } as CSSProperties}
      >
        <div className="threshold-figure__marker">
          <span className="threshold-figure__amount">
            {m.result.yourAmount(formatAmount(amount, m.locale))}
          </span>
        </div>
        <div className="threshold-figure__bar">
          {Array.from({ length: bandCount }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the bands are positions, fixed for this render
            <span className="threshold-figure__band" data-current={i === bandIndex || undefined} key={i} />
          ))}
        </div>
        <div className="threshold-figure__ticks">
          {marks.map((mark, i) => (
            <span
              className="threshold-figure__tick"
              key={mark.kind}
              style={{ '--at': `${((i + 1) / bandCount) * 100}%` } as CSSProperties}
            >
              {formatAmountCompact(mark.amount, m.locale)}
            </span>
          ))}
        </div>
      </div>
      <figcaption className="ds-paragraph" data-size="sm">
        {m.result.figureCaption(formatAmount(amount, m.locale), place)}
      </figcaption>
    </figure>
  );
}
