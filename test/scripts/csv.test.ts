/** The CSV writer of the open data (scripts/lib/csv.ts): RFC 4180 quoting, and the reader that inverts it. */
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, writeCsv } from '../../scripts/lib/csv';

describe('writeCsv', () => {
  it('writes plain fields as they are, records ended by CRLF', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        ['1', ''],
      ]),
    ).toBe('a,b\r\n1,\r\n');
  });

  it.each([
    ['a comma', 'municipality, county', '"municipality, county"'],
    ['a double quote, doubled', 'say "hei"', '"say ""hei"""'],
    ['a line feed', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return', 'one\r\ntwo', '"one\r\ntwo"'],
    ['only a quote', '"', '""""'],
  ])('quotes a field with %s', (_, value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('leaves spaces, dashes and letters outside ASCII unquoted (UTF-8 as it is)', () => {
    expect(csvField(' 1300000+ – Nav-kontor æøå')).toBe(' 1300000+ – Nav-kontor æøå');
  });

  it('is read back to the same records', () => {
    const records = [
      ['authority', 'note', 'outcome'],
      ['municipality, county', 'she said "ja"\r\nthen left', 'explore'],
      ['', '"', 'ø'],
    ];
    expect(parseCsv(writeCsv(records))).toEqual(records);
  });
});

describe('parseCsv', () => {
  it('reads a last record without a line break, and LF line ends', () => {
    expect(parseCsv('a,b\nc,"d,e"')).toEqual([
      ['a', 'b'],
      ['c', 'd,e'],
    ]);
  });

  it('refuses a quote inside an unquoted field, text after a closing quote and an open quote', () => {
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/quote inside an unquoted field/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/after a closing quote/);
    expect(() => parseCsv('"a\r\n')).toThrow(/not closed/);
  });
});
