/** Calendar dates as ISO strings (YYYY-MM-DD): compared as text, free of time zones. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A date as an officer types it: day, month and year in that order, as Norwegians write dates
 * (1.3.2027, 01.03.2027, 01/03/2027, 01-03-2027 or with spaces), or an ISO date (2027-03-01), as a
 * browser's own date picker or a copied link would give it. The year has four digits. Returns the ISO
 * date, or null when the text is not a date or names a day that does not exist (31.02.2027).
 */
export function parseTypedDate(text: string): IsoDate | null {
  const typed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const dayFirst = /^(\d{1,2})\s*[./\- ]\s*(\d{1,2})\s*[./\- ]\s*(\d{4})$/.exec(typed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : [];
  if (!year || !month || !day) return null;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

/** An ISO date written as day, month and year with two digits each and `separator` between: 01.03.2027. */
export function writeTypedDate(date: IsoDate, separator: '.' | '/'): string {
  const [year, month, day] = date.split('-');
  return [day, month, year].join(separator);
}

/**
 * Today's date in Norway, whatever the device's time zone. Norway keeps Central European Time, UTC+1,
 * and summer time, UTC+2, from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
 * of October (the EU rule, which Norway follows). Worked out here rather than with Intl and the
 * Europe/Oslo time zone, which costs tens of milliseconds on a slow phone's first call; a test holds
 * this to Intl for every quarter hour around each change and for random instants.
 */
export function todayInNorway(now: Date = new Date()): IsoDate {
  const offsetHours = isSummerTimeInNorway(now) ? 2 : 1;
  return new Date(now.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
}

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`: when summer time starts or ends. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function isSummerTimeInNorway(now: Date): boolean {
  const year = now.getUTCFullYear();
  const time = now.getTime();
  return time >= lastSundayAtOneUtc(year, 2) && time < lastSundayAtOneUtc(year, 9);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
