import type { ChangelogEntry } from '../../content/schema';
import type { Locale } from '../../content/vocabulary';
import { formatDate } from '../text/format';
import type { InfoTexts } from './texts/nb';

type Props = {
  texts: InfoTexts['changes'];
  locale: Locale;
  /** rules/meta.json: the current version and every version's changes, newest first. */
  meta: { rulesVersion: string; changelog: readonly ChangelogEntry[] };
};

/** The anchor of a version's heading, so a link can lead to it: `regelverk-2026-12-4`. */
export function versionAnchor(version: string): string {
  return `regelverk-${version.replace(/\./g, '-')}`;
}

/**
 * What changed in the rules: every version in rules/meta.json's changelog, newest first, as a heading
 * with its version and date, then its changes, a sentence each. The "regelverk" line of every result
 * links here (docs/adr/0006).
 */
export function ChangesPage({ texts: t, locale, meta }: Props) {
  return (
    <div className="page page--info">
      <h1 className="ds-heading" data-size="lg">
        {t.title}
      </h1>
      <p className="ds-paragraph lead" data-size="lg">
        {t.lead}
      </p>
      <p className="ds-paragraph">
        {t.about} {t.current(meta.rulesVersion)}
      </p>
      <p className="ds-paragraph">{t.olderLinks}</p>
      {meta.changelog.map((entry) => (
        <section key={entry.rulesVersion} aria-labelledby={versionAnchor(entry.rulesVersion)}>
          <h2 className="ds-heading" data-size="sm" id={versionAnchor(entry.rulesVersion)}>
            {t.versionHeading(entry.rulesVersion, formatDate(entry.publishedOn, locale))}
            {entry.rulesVersion === meta.rulesVersion && ` (${t.currentTag})`}
          </h2>
          <ul className="ds-list">
            {entry.changes.map((change) => (
              <li key={change.text[locale]}>{change.text[locale]}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
