/**
 * Selectors that make the browser restyle the whole page whenever anything is added to it or taken
 * from it, and the build's rewrite of the few of them Designsystemet's CSS has (docs/adr/0004).
 *
 * A rule such as `.ds-field:has(input[type=radio]) > *` styles the children of an element depending on
 * what that element contains. Chromium cannot tell from an inserted element which such children might
 * change, so when the subject after the `:has()` part is featureless (`*`, or nothing but `:not(…)`),
 * it restyles every element in the document on each insertion or removal. On the result page, drawn a
 * section at a time, that made each section's style recalculation cover all 550–800 elements on the
 * page instead of the section's own 15–100 (a trace shows it as UpdateLayoutTree's elementCount).
 *
 * `REWRITES` names each such selector in the Designsystemet files we import: those for things the
 * guide never draws (disabled and read-only fields, the outline variant, media in a card) are dropped;
 * the two the radio buttons need name the parts a field holds, as Designsystemet documents them
 * (`.ds-input`, `.ds-label`, and `data-field` for the description and the validation message).
 * test/scripts/whole-page-restyle.test.ts holds every listed selector to the package's files, so an
 * update of Designsystemet that changes one is noticed, and holds the built CSS free of the pattern.
 */
import type { Plugin, Rule } from 'postcss';

type Rewrite = { from: string; to: string | null; why: string };

const FIELD_PARTS = ':is(.ds-input,.ds-label,[data-field])';

/**
 * What the field's grid places in its content column: the label, the description and the validation
 * message, not the radio button. Designsystemet's `>*` put every child there and then moved the input
 * to its own column with a more specific rule (`.ds-field:has(…) input`). Naming the input here too
 * made this rule the more specific one, so every radio button sat on a row of its own above its label
 * (from 6724140 until session 14). The input keeps `margin-block: 0` from `.ds-field>*`.
 */
const CONTENT_PARTS = ':is(.ds-label,[data-field])';

export const REWRITES: readonly Rewrite[] = [
  {
    from: '.ds-field:has(input[type=radio],input[type=checkbox])>*',
    to: `.ds-field:has(input[type=radio],input[type=checkbox])>${CONTENT_PARTS}`,
    why: 'places a radio button’s label and description in the content column of the field’s grid',
  },
  {
    from: '.ds-field:has(input[type=radio],input[type=checkbox]):has(input:focus-visible) *',
    to: `.ds-field:has(input[type=radio],input[type=checkbox]):has(input:focus-visible) ${FIELD_PARTS}`,
    why: 'one focus ring for a focused radio button, not one on each of its parts',
  },
  {
    from: '.ds-field:has(.ds-input[aria-disabled=true],.ds-input:disabled)>*',
    to: null,
    why: 'disabled fields: the guide has none',
  },
  {
    from: '.ds-field[data-variant=outline]:has(input[type=radio],input[type=checkbox]):has(input:disabled,input[aria-disabled=true]) *',
    to: null,
    why: 'the outline variant of fields: the guide does not use it',
  },
  {
    from: '.ds-card__block:has(>:is(audio,figure,iframe,img,picture,video):only-child)>:not([hidden])',
    to: null,
    why: 'a card block holding only a picture or a video: the guide’s cards hold text',
  },
];

/** Whitespace-free, so a selector compares the same however a file is formatted. */
export function normalizeSelector(selector: string): string {
  return selector
    .replace(/\s*([>+~,])\s*/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits at the top level of a selector: outside brackets and parentheses. */
function splitTopLevel(text: string, at: (char: string, index: number) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (depth === 0 && at(char, index)) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Whether a complex selector has a `:has()` before a combinator and a last part that names nothing an
 * element could be found by: `*`, or only `:not(…)`, `:where(…)` and pseudo-elements.
 */
export function restylesWholePage(selector: string): boolean {
  return splitTopLevel(normalizeSelector(selector), (char) => char === ',').some((complex) => {
    const compounds = splitTopLevel(complex.replace(/([>+~])/g, ' $1 '), (char) => char === ' ').filter(
      (part) => part && !/^[>+~]$/.test(part),
    );
    const last = compounds.at(-1) ?? '';
    const featureless =
      last
        .replace(/::?(before|after|marker|placeholder)$/, '')
        .replace(/:(not|where)\((?:[^()]|\([^()]*\))*\)/g, '')
        .replace(/^\*/, '') === '';
    return featureless && compounds.slice(0, -1).some((compound) => compound.includes(':has('));
  });
}

/** The PostCSS plugin: rewrites or drops each listed selector, wherever a rule lists it. */
export function wholePageRestyle(): Plugin {
  const byFrom = new Map(REWRITES.map((rewrite) => [rewrite.from, rewrite]));
  return {
    postcssPlugin: 'samarbeidsveiviseren:whole-page-restyle',
    Rule(rule: Rule) {
      if (!rule.selector.includes(':has(')) return;
      const selectors = rule.selectors.flatMap((selector) => {
        const rewrite = byFrom.get(normalizeSelector(selector));
        if (!rewrite) return [selector];
        return rewrite.to === null ? [] : [rewrite.to];
      });
      if (selectors.length === 0) rule.remove();
      else if (selectors.join() !== rule.selectors.join()) rule.selectors = selectors;
    },
  };
}
