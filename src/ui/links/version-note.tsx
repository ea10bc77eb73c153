import type { Rules } from '../../content/schema';
import type { OutcomeId } from '../../content/vocabulary';
import { versionNote } from '../../domain/rules-version';
import type { Evaluation } from '../../machine/engine';
import { formatDate } from '../text/format';
import { useMessages, useText } from '../text/messages/messages-context';

/**
 * A link made under other rules than today's (`v`): says that the rules have changed since, what
 * changed (the changelog entries after the link's version), and whether the result for these answers
 * is the same as the one the link showed (`o`). A version we do not know is said to be unknown.
 */
export function VersionNoteAlert({
  params,
  evaluation,
  rules,
}: {
  params: URLSearchParams;
  evaluation: Evaluation;
  rules: Rules;
}) {
  const m = useMessages();
  const text = useText();
  const outcomeNow = evaluation.position.kind === 'outcome' ? evaluation.position.outcome : null;
  const note = versionNote(params, rules.meta, outcomeNow);
  if (!note) return null;

  const formName = (id: OutcomeId) => {
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
      {note.knownVersion && note.changes.length > 0 && (
        <>
          <h3 className="ds-heading" data-size="2xs">
            {m.versionNote.changesHeading}
          </h3>
          <ul className="ds-list">
            {note.changes.map((change) => (
              <li key={change.rulesVersion}>
                {m.versionNote.change(
                  change.rulesVersion,
                  formatDate(change.publishedOn, m.locale),
                  text(change.summary),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="ds-paragraph">
        <strong>{result}</strong>
      </p>
    </section>
  );
}
