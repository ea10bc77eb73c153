/**
 * Links carry the rules version they were made under (`v`) and the outcome they showed (`o`). A link
 * made under older rules opens with a note that the rules have changed since, the changes since that
 * affect its result (a sentence each), and whether the result for these answers changed.
 */

import type { ChangeAffects, ChangelogEntry, RulesChange } from '../content/schema';
import type { OutcomeId, QuestionId } from '../content/vocabulary';
import { compareVersions, OUTCOME_IDS } from '../content/vocabulary';
import { appParam, PARAM } from './url-format';

export { compareVersions };

export type Changelog = readonly ChangelogEntry[];

/** A version's changes that affect one result: its date and those changes, in the changelog's order. */
export type AffectingChanges = { rulesVersion: string; publishedOn: string; changes: readonly RulesChange[] };

export type VersionNote = {
  linkVersion: string;
  currentVersion: string;
  /**
   * The versions published after the link's, newest first, each with only the changes that affect
   * this result; versions with none are left out (empty if the version is unknown).
   */
  changes: readonly AffectingChanges[];
  /** How many changes were published after the link's version in all, whether they affect it or not. */
  changesSince: number;
  knownVersion: boolean;
  /** The outcome the link showed, when it carried one that still exists. */
  previousOutcome: OutcomeId | null;
  /** Null when the link carried no outcome or the questionnaire is not complete. */
  resultChanged: boolean | null;
};

/** What a result is: the outcomes it reached or showed, and the questions it answered. */
export type ResultScope = { outcomes: readonly OutcomeId[]; questions: readonly QuestionId[] };

/** A change affects a result when it affects every result, one of its outcomes or one of its questions. */
export function affectsResult(affects: ChangeAffects, scope: ResultScope): boolean {
  if (affects.all) return true;
  return (
    (affects.outcomes ?? []).some((id) => scope.outcomes.includes(id)) ||
    (affects.questions ?? []).some((id) => scope.questions.includes(id))
  );
}

/** The entries with only the changes that affect the result; entries left with none are dropped. */
export function changesAffecting(entries: Changelog, scope: ResultScope): AffectingChanges[] {
  return entries.flatMap((entry) => {
    const changes = entry.changes.filter((change) => affectsResult(change.affects, scope));
    return changes.length > 0
      ? [{ rulesVersion: entry.rulesVersion, publishedOn: entry.publishedOn, changes }]
      : [];
  });
}

const VERSION = /^\d{4}\.\d{2}\.\d+$/;

/**
 * The note for a link (null when it was made under the current rules or carries no version).
 * `outcomeNow` is the outcome the answers reach today (null while questions remain), `answered` the
 * questions the link answers on its path.
 */
export function versionNote(
  params: URLSearchParams,
  current: { rulesVersion: string; changelog: Changelog },
  outcomeNow: OutcomeId | null,
  answered: readonly QuestionId[],
): VersionNote | null {
  const linkVersion = appParam(params, PARAM.rulesVersion);
  if (linkVersion === null || linkVersion === current.rulesVersion) return null;
  const valid = VERSION.test(linkVersion);
  const knownVersion = valid && current.changelog.some((entry) => entry.rulesVersion === linkVersion);
  const since = valid
    ? current.changelog.filter((entry) => compareVersions(entry.rulesVersion, linkVersion) > 0)
    : [];
  const o = appParam(params, PARAM.outcome);
  const previousOutcome = o && (OUTCOME_IDS as readonly string[]).includes(o) ? (o as OutcomeId) : null;
  const outcomes = [outcomeNow, previousOutcome].filter((id): id is OutcomeId => id !== null);
  return {
    linkVersion,
    currentVersion: current.rulesVersion,
    changes: changesAffecting(since, { outcomes, questions: answered }),
    changesSince: since.reduce((sum, entry) => sum + entry.changes.length, 0),
    knownVersion,
    previousOutcome,
    resultChanged: previousOutcome && outcomeNow ? previousOutcome !== outcomeNow : null,
  };
}
