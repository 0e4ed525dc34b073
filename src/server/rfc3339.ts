/**
 * JSON Schema's `format: "date-time"` (RFC 3339 section 5.6), checked exactly as ajv-formats'
 * "full" mode does, so a record the hand validator accepts is one ajv accepts too: real calendar
 * days (leap years), a time zone required, a leap second only at 23:59:60 UTC.
 */
export function isDateTime(value: string): boolean {
  const parts = value.split(/t|\s/i);
  return parts.length === 2 && isFullDate(parts[0]!) && isFullTime(parts[1]!);
}

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339's `full-date` (2026-01-31): a real calendar day. */
export function isFullDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]!);
}

const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;

function isFullTime(value: string): boolean {
  const match = TIME.exec(value);
  if (!match || !match[4]) return false; // no time zone: a local time proves no moment
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const sign = match[5] === '-' ? -1 : 1;
  const zoneHours = Number(match[6] ?? 0);
  const zoneMinutes = Number(match[7] ?? 0);
  if (zoneHours > 23 || zoneMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second is 23:59:60 in UTC, whatever the offset it is written in.
  const utcMinute = minute - zoneMinutes * sign;
  const utcHour = hour - zoneHours * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/**
 * The moment a checked full-date (UTC midnight) or date-time stands for, in ms since 1970, or null
 * when `value` is neither. Read from its parts, not by `Date.parse`: that gives NaN for a leap
 * second (23:59:60) and for an offset of hours only (+05), both of which the check lets through.
 * A leap second reads as the next second's start, as POSIX time counts it.
 */
export function instantOf(value: string): number | null {
  if (isFullDate(value)) return utc(value, '00', '00', '00', 0);
  if (!isDateTime(value)) return null;
  const [day, time] = value.split(/t|\s/i) as [string, string];
  const [, hour, minute, second, zone, sign, zoneHours = '0', zoneMinutes = '0'] = TIME.exec(time)!;
  const fraction = second!.split('.')[1] ?? '';
  const offset = zone!.toLowerCase() === 'z' ? 0 : (sign === '-' ? -1 : 1) * (Number(zoneHours) * 60 + Number(zoneMinutes));
  return utc(day, hour!, minute!, second!.slice(0, 2), Number(fraction.slice(0, 3).padEnd(3, '0'))) - offset * 60_000;
}

function utc(day: string, hour: string, minute: string, second: string, ms: number): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999.
  at.setUTCFullYear(year, month - 1, date);
  return at.getTime() + ((Number(hour) * 60 + Number(minute)) * 60 + Number(second)) * 1000 + ms;
}
