/**
 * A contact configured for the site, as a link: an email address becomes a mailto link, a web address
 * is linked as it is. Nothing is configured today (see docs/adr/0006); the pages then say whom to ask.
 */
export function ContactLink({ contact }: { contact: string }) {
  const href = /^https?:\/\//.test(contact) ? contact : `mailto:${contact}`;
  return (
    <a className="ds-link" href={href}>
      {contact}
    </a>
  );
}
