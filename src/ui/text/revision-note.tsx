import type { ExpectedRevision, Rules } from '../../content/schema';
import { FirstSentenceInPrint } from './first-sentence';
import { formatDate } from './format';
import { useMessages, useText } from './messages/messages-context';
import { SourceLine, sourcesById, UncertainTag } from './sources';

/** The tag beside an amount that an expected revision may have replaced (docs/adr/0003). */
export function MayBeOutdatedTag({ revision }: { revision: ExpectedRevision | undefined }) {
  const m = useMessages();
  if (!revision) return null;
  return (
    <span className="ds-tag" data-color="warning">
      {m.result.mayBeOutdatedTag}
    </span>
  );
}

/**
 * Under the amount: from when newer amounts may apply, what we expect and why, and its sources. Printed
 * with the result (the date and the first sentence of why), since the printout is what the case file
 * keeps.
 */
export function RevisionNote({ revision, rules }: { revision: ExpectedRevision | undefined; rules: Rules }) {
  const m = useMessages();
  const text = useText();
  if (!revision) return null;
  return (
    <>
      <p className="ds-paragraph revision-note" data-size="sm">
        <strong>{m.result.mayBeOutdated(formatDate(revision.expectedFrom, m.locale))}</strong>{' '}
        <FirstSentenceInPrint text={text(revision.note)} /> <UncertainTag confidence={revision.confidence} />
      </p>
      <SourceLine sources={sourcesById(rules, revision.sourceIds)} screenOnly />
    </>
  );
}
