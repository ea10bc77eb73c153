import { splitFirstSentence } from './format';

/** A text's first sentence, which says it; what follows is for the screen only (the printout is kept short). */
export function FirstSentenceInPrint({ text }: { text: string }) {
  const [first, rest] = splitFirstSentence(text);
  return (
    <>
      {first}
      {rest && <span className="no-print"> {rest}</span>}
    </>
  );
}
