import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ChoiceQuestion, Question } from '../../content/schema';
import { parseAmount } from '../../domain/amount';
import { type AnswerValue, readAnswer } from '../../domain/answers';
import { suggestedServiceKind } from '../../domain/procurement';
import { BackLink } from '../links/back-link';
import { answeredHereHref, continueHref, type QuestionJourney, questionBackHref } from '../links/journey';
import { useNavigate } from '../links/navigation';
import { focusAtTop, usePageTitleAndFocus } from '../shell/page-focus';
import { questionById } from '../text/answer-text';
import { formatAmountForInput } from '../text/format';
import { useMessages, useText } from '../text/messages/messages-context';
import { ErrorSummary } from './error-summary';
import { Explanations } from './explanations';

type Props = { journey: QuestionJourney; question: Question };

/**
 * One question per page: the question is the h1 inside the legend, a hint under it, explanations behind
 * disclosures, radio buttons or an amount field, and "Fortsett". A wrong or missing answer shows an
 * error summary that takes focus and a message at the field; nothing already answered is lost.
 */
export function QuestionPage({ journey, question }: Props) {
  const m = useMessages();
  const text = useText();
  const navigate = useNavigate();
  const current = journey.evaluation.answers[question.id];

  const [choice, setChoice] = useState(typeof current === 'string' ? current : '');
  const [amount, setAmount] = useState(
    typeof current === 'number' ? formatAmountForInput(current, m.locale) : '',
  );
  const [error, setError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);

  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  usePageTitleAndFocus(text(question.text), heading, error !== null);
  useEffect(() => {
    if (attempts > 0) focusAtTop(summary.current);
  }, [attempts]);

  const ids = {
    hint: `${question.id}-hint`,
    suggestion: `${question.id}-suggestion`,
    error: `${question.id}-error`,
    field: question.kind === 'choice' ? `${question.id}-${question.options[0]?.value}` : question.id,
  };

  const fail = (message: string) => {
    setError(message);
    setAttempts((n) => n + 1);
  };

  const proceed = (value: AnswerValue) =>
    navigate(continueHref(journey, question.id, value), {
      replaceCurrentWith: answeredHereHref(journey, question.id, value),
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (question.kind === 'amount') {
      const parsed = parseAmount(amount);
      if (!parsed.ok) return fail(m.question.amountProblems[parsed.problem]);
      return proceed(parsed.value);
    }
    const read = choice ? readAnswer(question.id, choice) : null;
    if (!read?.ok) return fail(m.question.chooseOne);
    return proceed(read.value);
  };

  const suggestion =
    question.id === 'serviceKind' && question.kind === 'choice'
      ? serviceKindSuggestion(journey, question)
      : null;
  const describedBy = [
    ids.hint,
    suggestion ? ids.suggestion : null,
    error && question.kind === 'choice' ? ids.error : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="page page--question">
      <BackLink href={questionBackHref(journey, question.id)} />
      {error && <ErrorSummary ref={summary} errors={[{ fieldId: ids.field, message: error }]} />}
      <form className="question-form" onSubmit={onSubmit} noValidate>
        <fieldset className="ds-fieldset" aria-describedby={describedBy}>
          <legend>
            <h1 className="ds-heading" data-size="lg" ref={heading} tabIndex={-1}>
              {text(question.text)}
            </h1>
          </legend>
          <p className="ds-paragraph" data-field="description" id={ids.hint}>
            {text(question.hint)}
          </p>
          {suggestion && (
            <p className="ds-paragraph suggestion" id={ids.suggestion}>
              {m.question.suggestion(text(suggestion.kindLabel), text(suggestion.areaLabel))}
            </p>
          )}
          <Explanations explanations={question.explanations} />

          {question.kind === 'choice' ? (
            <div className="choices">
              {error && (
                <p className="ds-validation-message" data-field="validation" id={ids.error}>
                  {error}
                </p>
              )}
              {question.options.map((option) => {
                const id = `${question.id}-${option.value}`;
                const hintId = `${id}-hint`;
                return (
                  <div className="ds-field" key={option.value}>
                    <input
                      className="ds-input"
                      type="radio"
                      id={id}
                      name={question.id}
                      value={option.value}
                      checked={choice === option.value}
                      onChange={() => setChoice(option.value)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={option.hint ? hintId : undefined}
                    />
                    <label className="ds-label" htmlFor={id}>
                      {text(option.label)}{' '}
                      {suggestion?.value === option.value && (
                        <span className="ds-tag suggestion-tag" data-color="info">
                          {m.question.suggestedTag}
                        </span>
                      )}
                    </label>
                    {option.hint && (
                      <div className="ds-paragraph" data-field="description" data-size="sm" id={hintId}>
                        {text(option.hint)}
                      </div>
                    )}
                  </div>
                );
              })}
            </div>
          ) : (
            <div className="ds-field amount-field">
              <label className="ds-label" htmlFor={ids.field}>
                {text(question.fieldLabel)}
              </label>
              <div className="ds-field-affixes">
                <input
                  className="ds-input"
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  id={ids.field}
                  name={question.id}
                  value={amount}
                  onChange={(event) => setAmount(event.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
                />
                <span className="ds-field-affix" aria-hidden="true">
                  {m.question.amountSuffix}
                </span>
              </div>
              {error && (
                <p className="ds-validation-message" data-field="validation" id={ids.error}>
                  {error}
                </p>
              )}
            </div>
          )}
        </fieldset>
        <button type="submit" className="ds-button" data-variant="primary">
          {m.question.continue}
        </button>
      </form>
    </div>
  );
}

/** For the kind of service: which option the guide suggests from the service area, and why. */
function serviceKindSuggestion(journey: QuestionJourney, question: ChoiceQuestion) {
  const value = suggestedServiceKind(journey.evaluation.answers);
  const option = question.options.find((o) => o.value === value);
  const area = journey.evaluation.answers.serviceArea;
  const areaQuestion = questionById(journey.rules, 'serviceArea');
  const areaOption =
    areaQuestion.kind === 'choice' ? areaQuestion.options.find((o) => o.value === area) : undefined;
  if (!option || !areaOption) return null;
  return { value: option.value, kindLabel: option.label, areaLabel: areaOption.label };
}
