import { hasResultRules, type QuestionRules } from '../../content/rule-parts';
import type { OutcomeId, QuestionId } from '../../content/vocabulary';
import { versionNote } from '../../domain/rules-version';
import { infoPagePath } from '../../domain/url-format';
import type { Evaluation } from '../../machine/engine';
import { formatDate } from '../text/format';
import { useMessages, useText } from '../text/messages/messages-context';

/**
 * A link made under other rules than today's (`v`): says that the rules have changed since, which of
 * the changes since the link's version concern this assessment (a sentence each: those that affect the
 * outcome now, the one the link showed (`o`) or a question answered), or that none do, with a link to
 * every change (the changes page), and whether the result for these answers is the same as the one the
 * link showed. A version we do not know is said to be unknown.
 */
export function VersionNoteAlert({
  params,
  evaluation,
  rules,
}: {
  params: URLSearchParams;
  evaluation: Evaluation;
  rules: QuestionRules;
}) {
  const m = useMessages();
  const text = useText();
  const outcomeNow = evaluation.position.kind === 'outcome' ? evaluation.position.outcome : null;
  const answered = Object.keys(evaluation.answers) as QuestionId[];
  const note = versionNote(params, rules.meta, outcomeNow, answered);
  if (!note) return null;

  // A result is named only at an outcome, where the page has every rule (needsResultRules in
  // src/app/journey-view.tsx); the id stands in should it not.
  const formName = (id: OutcomeId) => {
    if (!hasResultRules(rules)) return id;
    const outcome = rules.outcomes.outcomes.find((o) => o.id === id);
    const form = rules.forms.forms.find((f) => f.id === outcome?.primaryFormId);
    return form ? text(form.name) : id;
  };
  let result: string;
  if (note.resultChanged === false && outcomeNow) result = m.versionNote.resultSame(formName(outcomeNow));
  else if (note.resultChanged && note.previousOutcome && outcomeNow)
    result = m.versionNote.resultChanged(formName(note.previousOutcome), formName(outcomeNow));
  else if (note.previousOutcome && !outcomeNow) result = m.versionNote.resultIncomplete;
  else result = m.versionNote.resultUnknown;

  return (
    <section
      className="ds-alert page-alert version-note"
      data-color={note.resultChanged || !note.knownVersion ? 'warning' : 'info'}
      aria-labelledby="version-note-heading"
    >
      <h2 className="ds-heading" data-size="xs" id="version-note-heading">
        {note.knownVersion ? m.versionNote.heading : m.versionNote.unknownHeading}
      </h2>
      <p className="ds-paragraph">
        {note.knownVersion
          ? m.versionNote.versions(note.linkVersion, note.currentVersion)
          : m.versionNote.unknownVersion(note.linkVersion, note.currentVersion)}
      </p>
      {note.knownVersion && note.changesSince > 0 && (
        <>
          <h3 className="ds-heading" data-size="2xs">
            {m.versionNote.changesHeading}
          </h3>
          {note.changes.length > 0 ? (
            <ul className="ds-list">
              {note.changes.map((version) => (
                <li key={version.rulesVersion}>
                  {m.versionNote.change(version.rulesVersion, formatDate(version.publishedOn, m.locale))}
                  <ul className="ds-list">
                    {version.changes.map((change) => (
                      <li key={text(change.text)}>{text(change.text)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          ) : (
            <p className="ds-paragraph">{m.versionNote.noneAffect}</p>
          )}
          <p className="ds-paragraph">
            <a className="ds-link" href={infoPagePath('changes', m.locale)}>
              {m.versionNote.allChanges}
            </a>
          </p>
        </>
      )}
      <p className="ds-paragraph">
        <strong>{result}</strong>
      </p>
    </section>
  );
}
