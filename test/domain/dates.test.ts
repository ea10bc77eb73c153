/** Today's date in Norway, worked out without Intl, agrees with Intl's Europe/Oslo at every instant tried. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTypedDate, todayInNorway, writeTypedDate } from '../../src/domain/dates';

const oslo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' });
const HOUR = 3_600_000;

describe('today in Norway', () => {
  it('agrees with Intl for every quarter hour from 21:00 UTC to 03:00 UTC around each change, 2018–2035', () => {
    for (let year = 2018; year <= 2035; year++) {
      for (const month of [2, 9]) {
        for (let day = 24; day <= 31; day++) {
          const start = Date.UTC(year, month, day) - 3 * HOUR;
          for (let time = start; time <= start + 6 * HOUR; time += HOUR / 4) {
            const now = new Date(time);
            expect(todayInNorway(now), now.toISOString()).toBe(oslo.format(now));
          }
        }
      }
    }
  });

  it('agrees with Intl at any instant from 2000 to 2060', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }), (time) => {
        const now = new Date(time);
        expect(todayInNorway(now)).toBe(oslo.format(now));
      }),
      { numRuns: 5000 },
    );
  });

  it('is the next day in Norway late in the evening UTC', () => {
    expect(todayInNorway(new Date('2026-11-27T22:59:59Z'))).toBe('2026-11-27');
    expect(todayInNorway(new Date('2026-11-27T23:00:00Z'))).toBe('2026-11-28');
    expect(todayInNorway(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(todayInNorway(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('a date as an officer types it', () => {
  it.each([
    ['01.03.2027', '2027-03-01'],
    ['1.3.2027', '2027-03-01'],
    [' 1. 3. 2027 ', '2027-03-01'],
    ['01/03/2027', '2027-03-01'],
    ['01-03-2027', '2027-03-01'],
    ['1 3 2027', '2027-03-01'],
    ['2027-03-01', '2027-03-01'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseTypedDate(typed)).toBe(iso);
  });

  it.each([
    '',
    'i morgen',
    '31.02.2027',
    '29.02.2027',
    '01.13.2027',
    '00.01.2027',
    '1.3.27',
    '2027-3',
    '1.3.2027.',
    '01.03.20270',
    '+01.03.2027',
  ])('refuses %j', (typed) => {
    expect(parseTypedDate(typed)).toBeNull();
  });

  it('reads back every date it writes, with either separator', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1000, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (instant) => {
          const iso = instant.toISOString().slice(0, 10);
          expect(parseTypedDate(writeTypedDate(iso, '.'))).toBe(iso);
          expect(parseTypedDate(writeTypedDate(iso, '/'))).toBe(iso);
        },
      ),
    );
  });
});
