/**
 * Links carry the rules version they were made under (`v`) and the outcome they showed (`o`). A link
 * made under older rules opens with a note that the rules have changed since, and whether the result
 * for these answers changed.
 */

import type { LocalizedText } from '../content/schema';
import type { OutcomeId } from '../content/vocabulary';
import { OUTCOME_IDS } from '../content/vocabulary';
import { appParam, PARAM } from './url-format';

export type Changelog = readonly { rulesVersion: string; publishedOn: string; summary: LocalizedText }[];

export type VersionNote = {
  linkVersion: string;
  currentVersion: string;
  /** Changes published after the link's version, newest first (empty if the version is unknown). */
  changes: Changelog;
  knownVersion: boolean;
  /** The outcome the link showed, when it carried one that still exists. */
  previousOutcome: OutcomeId | null;
  /** Null when the link carried no outcome or the questionnaire is not complete. */
  resultChanged: boolean | null;
};

/** Versions compare as year.month.sequence. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const VERSION = /^\d{4}\.\d{2}\.\d+$/;

export function versionNote(
  params: URLSearchParams,
  current: { rulesVersion: string; changelog: Changelog },
  outcomeNow: OutcomeId | null,
): VersionNote | null {
  const linkVersion = appParam(params, PARAM.rulesVersion);
  if (linkVersion === null || linkVersion === current.rulesVersion) return null;
  const valid = VERSION.test(linkVersion);
  const knownVersion = valid && current.changelog.some((entry) => entry.rulesVersion === linkVersion);
  const changes = valid
    ? current.changelog.filter((entry) => compareVersions(entry.rulesVersion, linkVersion) > 0)
    : [];
  const o = appParam(params, PARAM.outcome);
  const previousOutcome = o && (OUTCOME_IDS as readonly string[]).includes(o) ? (o as OutcomeId) : null;
  return {
    linkVersion,
    currentVersion: current.rulesVersion,
    changes,
    knownVersion,
    previousOutcome,
    resultChanged: previousOutcome && outcomeNow ? previousOutcome !== outcomeNow : null,
  };
}
