import type { Locale } from '../../content/vocabulary';
import { formatDate } from '../text/format';
import { ContactLink } from './contact';
import { ACCESSIBILITY_EVIDENCE, ACCESSIBILITY_REVIEWED, UUTILSYNET_URL } from './facts';
import type { InfoTexts } from './texts/nb';

type Props = { texts: InfoTexts['accessibility']; locale: Locale; contact: string | null };

/**
 * The accessibility statement, in the order of the statements Digdir's uustatus publishes: status
 * against WCAG 2.1 A and AA, how it was checked (the suites that are the evidence), known deviations,
 * how to report a problem, the right to complain to the supervisory authority, and when it was last
 * reviewed.
 */
export function AccessibilityStatement({ texts: t, locale, contact }: Props) {
  const checks = (['axe', 'keyboard', 'reflow', 'interface'] as const).map((check) =>
    t.checks[check](ACCESSIBILITY_EVIDENCE[check]),
  );
  return (
    <div className="page page--info">
      <h1 className="ds-heading" data-size="lg">
        {t.title}
      </h1>
      <p className="ds-paragraph lead" data-size="lg">
        {t.lead}
      </p>

      <h2 className="ds-heading" data-size="sm">
        {t.statusHeading}
      </h2>
      <p className="ds-paragraph">{t.status}</p>

      <h2 className="ds-heading" data-size="sm">
        {t.checkedHeading}
      </h2>
      <p className="ds-paragraph">{t.checkedIntro}</p>
      <ul className="ds-list">
        {checks.map((check) => (
          <li key={check}>{check}</li>
        ))}
      </ul>
      <p className="ds-paragraph">{t.notChecked}</p>

      <h2 className="ds-heading" data-size="sm">
        {t.deviationsHeading}
      </h2>
      <p className="ds-paragraph">{t.deviations}</p>
      <ul className="ds-list">
        {t.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>

      <h2 className="ds-heading" data-size="sm">
        {t.reportHeading}
      </h2>
      <p className="ds-paragraph">{t.reportIntro}</p>
      <p className="ds-paragraph">
        {contact ? (
          <>
            {t.reportTo} <ContactLink contact={contact} />
          </>
        ) : (
          t.reportNoContact
        )}
      </p>

      <h2 className="ds-heading" data-size="sm">
        {t.complainHeading}
      </h2>
      <p className="ds-paragraph">{t.complain}</p>
      <p className="ds-paragraph">
        <a className="ds-link" href={UUTILSYNET_URL}>
          {t.complainLink}
        </a>
      </p>

      <h2 className="ds-heading" data-size="sm">
        {t.reviewedHeading}
      </h2>
      <p className="ds-paragraph">{t.reviewed(formatDate(ACCESSIBILITY_REVIEWED, locale))}</p>
    </div>
  );
}
