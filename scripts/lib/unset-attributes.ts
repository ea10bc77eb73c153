/**
 * Designsystemet's theme styles every colour scheme and both typographies, chosen by attributes on an
 * element (`data-color-scheme="dark"`, `data-typography="secondary"`). The guide sets neither: its pages
 * are drawn in the light scheme and the primary typography, which the theme gives `:root`. The rules
 * that need those attributes can never match, yet the browser parses them and builds its rule set from
 * them on every page before the first paint (about a seventh of the stylesheet written into index.html;
 * docs/adr/0004, session 13).
 *
 * The build drops every selector that needs an attribute listed in `UNSET_ATTRIBUTES`, and a rule or an
 * at-rule left with nothing. test/scripts/unset-attributes.test.ts holds the interface's code and pages
 * to never setting them, so using one later makes that test fail instead of silently drawing nothing.
 */
import type { AtRule, Plugin, Rule } from 'postcss';

export const UNSET_ATTRIBUTES = ['data-color-scheme', 'data-typography'] as const;

const NEEDS_UNSET = new RegExp(`\\[\\s*(?:${UNSET_ATTRIBUTES.join('|')})\\s*[\\]=~|^$*]`);

/** Whether a selector (one of a rule's list) can only match an element with an unset attribute. */
export function needsUnsetAttribute(selector: string): boolean {
  // A `:not(…)` or `:where(…)`/`:is(…)` list may mention the attribute without requiring it; only a
  // plain compound does. Strip the functional pseudo-classes before looking.
  let plain = selector;
  for (let previous = ''; previous !== plain; ) {
    previous = plain;
    plain = plain.replace(/:(?:not|is|where|has)\((?:[^()]|\([^()]*\))*\)/g, '');
  }
  return NEEDS_UNSET.test(plain);
}

function removeEmptyParents(node: Rule | AtRule) {
  let parent = node.parent;
  node.remove();
  while (parent && parent.type === 'atrule' && (parent.nodes?.length ?? 0) === 0) {
    const next = parent.parent;
    parent.remove();
    parent = next;
  }
}

/** The PostCSS plugin: drops selectors that need an attribute the guide never sets. */
export function unsetAttributes(): Plugin {
  return {
    postcssPlugin: 'samarbeidsveiviseren:unset-attributes',
    Rule(rule: Rule) {
      if (!UNSET_ATTRIBUTES.some((name) => rule.selector.includes(name))) return;
      const kept = rule.selectors.filter((selector) => !needsUnsetAttribute(selector));
      if (kept.length === 0) removeEmptyParents(rule);
      else if (kept.length !== rule.selectors.length) rule.selectors = kept;
    },
  };
}
