/**
 * Reading an amount of kroner the way people type it: "1 300 000", "1.300.000", "kr 450 000,-",
 * "450000", "1,3 mill.", "NOK 2,300,000". Never throws; every failure has a reason the interface
 * turns into a message.
 */

/** Above this an estimate is taken as a typing error: ten billion kroner (10 milliarder). */
export const MAX_AMOUNT = 10_000_000_000;

export type AmountProblem = 'empty' | 'notANumber' | 'negative' | 'zero' | 'tooLarge';
export type AmountResult = { ok: true; value: number } | { ok: false; problem: AmountProblem };

const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/(milliarder|milliard|mrd\.?|billion|bn)$/, 1_000_000_000],
  [/(millioner|million|millions|mill\.?|mnok|mln\.?)$/, 1_000_000],
  [/(tusen|thousand|k)$/, 1_000],
];

export function parseAmount(input: string): AmountResult {
  // Bound the work before any regular expression runs: no real amount is this long.
  if (input.length > 100) return { ok: false, problem: 'notANumber' };
  let text = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009']/g, '');
  if (text === '') return { ok: false, problem: 'empty' };

  text = text.replace(/^(kr\.?|nok)/, '').replace(/(kr\.?|kroner|nok)$/, '');
  text = text.replace(/[,.][-–]$/, '');
  let negative = false;
  if (/^[-−–]/.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  text = text.replace(/^(kr\.?|nok)/, '');

  let multiplier = 1;
  for (const [pattern, factor] of MULTIPLIERS) {
    if (pattern.test(text)) {
      text = text.replace(pattern, '');
      multiplier = factor;
      break;
    }
  }
  text = text.replace(/(kr\.?|kroner|nok)$/, '');

  const value = readNumber(text);
  if (value === undefined) return { ok: false, problem: text === '' ? 'empty' : 'notANumber' };
  if (negative) return value === 0 ? { ok: false, problem: 'zero' } : { ok: false, problem: 'negative' };
  const kroner = Math.round(value * multiplier);
  if (kroner === 0) return { ok: false, problem: 'zero' };
  if (!Number.isSafeInteger(kroner) || kroner > MAX_AMOUNT) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: kroner };
}

/**
 * Digits with separators. A separator followed by exactly three digits, repeated, groups thousands
 * ("1.300.000", "1,300,000"); a final separator followed by one or two digits marks decimals
 * ("450,50", "1,3"). Mixed separators ("1.300.000,50", "1,300,000.50") are read by position.
 */
function readNumber(text: string): number | undefined {
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return undefined;
  const grouped = /^\d{1,3}([.,])\d{3}(\1\d{3})*$/.exec(text);
  if (grouped) return Number(text.replace(/[.,]/g, ''));
  const decimal = /^(\d{1,3}(?:([.,])\d{3}(?:\2\d{3})*)?|\d+)([.,])(\d{1,2})$/.exec(text);
  if (decimal) {
    const [, whole = '', groupSeparator, decimalSeparator, fraction = ''] = decimal;
    if (groupSeparator && groupSeparator === decimalSeparator) return undefined;
    return Number(`${whole.replace(/[.,]/g, '')}.${fraction}`);
  }
  if (/^\d+$/.test(text)) return Number(text);
  return undefined;
}
