import { ContactLink } from './contact';
import type { InfoTexts } from './texts/nb';

type Props = { texts: InfoTexts['privacy']; contact: string | null };

/**
 * What the guide stores (nothing: the answers live in the link), that it sets no cookies, counts
 * nothing and loads nothing from a third party (the Content Security Policy in scripts/lib/csp.ts
 * allows our own origin only), and what a shared link reveals.
 */
export function PrivacyPage({ texts: t, contact }: Props) {
  return (
    <div className="page page--info">
      <h1 className="ds-heading" data-size="lg">
        {t.title}
      </h1>
      <p className="ds-paragraph lead" data-size="lg">
        {t.lead}
      </p>

      <h2 className="ds-heading" data-size="sm">
        {t.storesHeading}
      </h2>
      {t.stores.map((paragraph) => (
        <p className="ds-paragraph" key={paragraph}>
          {paragraph}
        </p>
      ))}

      <h2 className="ds-heading" data-size="sm">
        {t.cookiesHeading}
      </h2>
      {t.cookies.map((paragraph) => (
        <p className="ds-paragraph" key={paragraph}>
          {paragraph}
        </p>
      ))}

      <h2 className="ds-heading" data-size="sm">
        {t.linkHeading}
      </h2>
      <p className="ds-paragraph">{t.linkIntro}</p>
      <ul className="ds-list">
        {t.linkItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="ds-paragraph">{t.linkNoFreeText}</p>

      <h2 className="ds-heading" data-size="sm">
        {t.questionsHeading}
      </h2>
      <p className="ds-paragraph">{t.questionsText}</p>
      {contact && (
        <p className="ds-paragraph">
          {t.questionsTo} <ContactLink contact={contact} />
        </p>
      )}
    </div>
  );
}
