/**
 * Wall-clock dates and times in a configured time zone (SWEEP_TIMEZONE), DST-correct through Intl.
 * Pure: the sweep, reminders and services read "today" and "at REMINDER_TIME on that day" from here.
 */
import { localDateTime } from './calendar';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The date in `timeZone` at the instant `at` (default now), as YYYY-MM-DD. Throws RangeError for an unknown zone. */
export function localDate(timeZone: string, at: Date = new Date()): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(at);
}

/** The zone's offset from UTC at `instant`, in milliseconds (London: 0 or 3,600,000). */
function offsetAt(instant: Date, timeZone: string): number {
  const local = localDateTime(instant, timeZone);
  return Date.parse(`${local.date}T${local.time}Z`) - instant.getTime();
}

/**
 * The instant the wall clock in `timeZone` shows `time` (HH:MM) on `date` (YYYY-MM-DD).
 * On the day clocks go forward, a time in the missing hour is read by the clock before the change
 * (01:30 in London on the last Sunday of March is 01:30 UTC, 02:30 by the new clock); a time that
 * happens twice when clocks go back is its first occurrence.
 */
export function instantAt(date: string, time: string, timeZone: string): Date {
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new RangeError(`date must be YYYY-MM-DD (got ${JSON.stringify(date)})`);
  if (!HH_MM.test(time)) throw new RangeError(`time must be HH:MM from 00:00 to 23:59 (got ${JSON.stringify(time)})`);
  const wall = Date.parse(`${date}T${time}:00Z`);
  // The zone's offsets a day either side (a zone changes its offset at most once a day): the wall
  // time read with each, earlier first; the first that shows the wanted time, else (a missing hour)
  // the one read with the offset before the change.
  const before = wall - offsetAt(new Date(wall - 86_400_000), timeZone);
  const after = wall - offsetAt(new Date(wall + 86_400_000), timeZone);
  const shows = (t: number) => {
    const l = localDateTime(new Date(t), timeZone);
    return l.date === date && l.time.slice(0, 5) === time;
  };
  const found = [Math.min(before, after), Math.max(before, after)].find(shows);
  return new Date(found ?? before);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
