import { useMessages } from '../text/messages/messages-context';

/** "Laster …" in a status region, while a page's code or rules load. */
export function Loading() {
  const m = useMessages();
  return (
    <p className="ds-paragraph loading" role="status">
      {m.layout.loading}
    </p>
  );
}
