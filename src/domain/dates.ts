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
