import { type FormEvent, useRef, useState } from 'react';
import { parseTypedDate, writeTypedDate } from '../../domain/dates';
import { firstCoveredDate } from '../../domain/thresholds';
import { formatDate } from '../text/format';
import { useMessages } from '../text/messages/messages-context';
import { assessmentDateHref, type Journey } from './journey';
import { AppLink, useNavigate } from './navigation';

type Props = {
  journey: Journey;
  /** The page the form is on, which the new date reopens. */
  step: 'result' | 'how';
  /** The heading level where the form sits in the page's outline. */
  headingLevel: 2 | 3;
};

/**
 * "Vurder etter en annen dato": a date (such as a planned announcement) that sets the `date` parameter,
 * as a new history entry so browser back returns to the assessment before it. "Bruk dagens dato"
 * removes it. Dates the rules do not cover are caught here; a link with one is reported by the engine.
 * The field is a text field for day, month and year (dd.mm.åååå; dd/mm/yyyy in English), not the
 * browser's date picker: one typed date is quicker to enter than to pick, the picker's look and
 * wording follow the browser rather than the page, and on a slow phone drawing it cost some 45 ms of
 * the result page's first seconds (docs/adr/0004).
 */
export function AssessmentDateForm({ journey, step, headingLevel }: Props) {
  const m = useMessages();
  const navigate = useNavigate();
  const { evaluation, rules } = journey;
  const firstCovered = firstCoveredDate(rules.thresholds.thresholds);
  const separator = m.locale === 'en' ? '/' : '.';
  const [value, setValue] = useState(
    evaluation.dateChosen ? writeTypedDate(evaluation.assessmentDate, separator) : '',
  );
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ids = { heading: 'assessment-date-heading', field: 'assessment-date', hint: 'assessment-date-hint' };
  const errorId = `${ids.field}-error`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const date = parseTypedDate(value);
    if (!date || date < firstCovered) {
      setError(
        !value.trim()
          ? m.assessmentDate.empty
          : !date
            ? m.assessmentDate.invalid
            : m.assessmentDate.tooEarly(formatDate(firstCovered, m.locale)),
      );
      field.current?.focus();
      return;
    }
    navigate(assessmentDateHref(journey, step, date));
  };

  return (
    <section className="date-form no-print" aria-labelledby={ids.heading}>
      <Heading className="ds-heading" data-size={headingLevel === 2 ? 'md' : 'xs'} id={ids.heading}>
        {m.assessmentDate.heading}
      </Heading>
      <p className="ds-paragraph">{m.assessmentDate.intro}</p>
      <form onSubmit={onSubmit} noValidate className="date-form__form">
        <div className="ds-field">
          <label className="ds-label" htmlFor={ids.field}>
            {m.assessmentDate.label}
          </label>
          <p className="ds-paragraph" data-field="description" data-size="sm" id={ids.hint}>
            {m.assessmentDate.hint(formatDate(firstCovered, m.locale))}
          </p>
          <input
            ref={field}
            className="ds-input date-form__input"
            type="text"
            id={ids.field}
            name="date"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${ids.hint} ${errorId}` : ids.hint}
          />
          {error && (
            <p className="ds-validation-message" data-field="validation" id={errorId}>
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">
          {m.assessmentDate.submit}
        </button>
      </form>
      {evaluation.dateChosen && (
        <p className="ds-paragraph">
          <AppLink className="ds-link" href={assessmentDateHref(journey, step, null)}>
            {m.assessmentDate.useToday}
          </AppLink>
        </p>
      )}
    </section>
  );
}
