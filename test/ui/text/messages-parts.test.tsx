/**
 * The interface texts come in two parts, as the rules do (src/ui/text/messages/catalogues.ts): what
 * any page may need, and what only a result and "Slik virker veiviseren" use, loaded with the rest of
 * the rules. Every section is in exactly one part, the same in each language. That a question is drawn
 * without the second part is test/ui/text/result-texts-loading.test.tsx.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/ui/text/messages/all-catalogues';
import { en } from '../../../src/ui/text/messages/en';
import { enResult } from '../../../src/ui/text/messages/en-result';
import { nb } from '../../../src/ui/text/messages/nb';
import { nbResult } from '../../../src/ui/text/messages/nb-result';
import { nn } from '../../../src/ui/text/messages/nn';
import { nnResult } from '../../../src/ui/text/messages/nn-result';

describe('the interface texts in two parts', () => {
  it('has every section of the whole catalogue in exactly one part, the same in each language', () => {
    const questionKeys = Object.keys(nb).sort();
    const resultKeys = Object.keys(nbResult).sort();
    expect(resultKeys).toEqual(['feedback', 'how', 'result', 'share', 'whatIf']);
    expect(questionKeys.filter((key) => resultKeys.includes(key))).toEqual([]);
    expect([...questionKeys, ...resultKeys].sort()).toEqual(Object.keys(CATALOGUES.nb).sort());
    for (const [part, other] of [
      [nn, nb],
      [en, nb],
      [nnResult, nbResult],
      [enResult, nbResult],
    ] as const)
      expect(Object.keys(part).sort()).toEqual(Object.keys(other).sort());
  });
});
