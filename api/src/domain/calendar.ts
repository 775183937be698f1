/**
 * The working-day calendar: pure date arithmetic (no I/O) shared by the API and the worker.
 *
 * UK councils answer enquiries within N "working days". A working day is a day that is not a
 * Saturday or Sunday, not a bank holiday of the council's nation and not one of the council's own
 * closure days (e.g. a Christmas shutdown). England and Wales share one list of bank holidays;
 * Scotland and Northern Ireland each have their own.
 *
 * Counting rule: the day of receipt is day 0 and day 1 is the first working day after it. The
 * reply to "within 3 working days" received on Monday at 10:00 is due on Thursday. A receipt at or
 * after the council's cut-off time on a working day is treated as received on the next working day.
 * A receipt on a non-working day is counted by one of two conventions ({@link RECEIPT_CONVENTIONS}):
 * - 'ico' (the default, the ICO's reading of "the twentieth working day following the date of
 *   receipt"): the date of receipt need not be a working day; day 1 is the first working day after
 *   it. Received Saturday 2026-03-07, "the next working day" is Monday 03-09, 10 working days Friday 03-20;
 * - 'next_working_day': the receipt is moved to the next working day (day 0) and counted from the
 *   day after. The same Saturday gives Tuesday 03-10 and Monday 03-23.
 * The two agree whenever the date of receipt is a working day. {@link startDay} and {@link dueDate}
 * are the 'next_working_day' primitives; {@link countStart} and {@link deadline} take the convention
 * and the unit (working days, calendar days or hours: {@link COUNT_UNITS}).
 *
 * Dates are calendar dates as 'YYYY-MM-DD' strings; instants (`Date`) are converted to the
 * council's local date with Intl (Europe/London by default, so DST is handled by the platform).
 *
 * Holiday data comes from `date-holidays` (GB states ENG, WLS, SCT, NIR), with two adjustments:
 * - only days off (`public`/`bank` holidays on Monday–Friday) are listed: the library also returns
 *   the weekend day itself when a holiday falls on a weekend (the substitute day is a separate
 *   entry), which is not a bank holiday on GOV.UK's list;
 * - {@link CORRECTIONS} fixes the years where the library disagrees with GOV.UK (2012).
 * Supported years are {@link SUPPORTED_YEARS}; the library's rules extend to future years, but
 * one-off holidays (jubilees, state funerals) are only known once the library has them.
 */
import Holidays from 'date-holidays';
import { NATIONS, type Nation } from './councils';

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** One bank holiday (a day off): its date and GOV.UK-style name. */
export interface BankHoliday {
  date: IsoDate;
  name: string;
}

/** The working-day calendar of one council. */
export interface CalendarSpec {
  /** Whose bank holidays apply (England and Wales share one list). */
  nation: Nation;
  /** The council's own closure days, 'YYYY-MM-DD' (e.g. the days between Christmas and New Year). */
  closures?: readonly IsoDate[];
  /** IANA time zone the receipt time is read in; default {@link DEFAULT_TIME_ZONE}. */
  timeZone?: string;
  /** 'HH:MM' local time: a receipt at or after it counts from the next working day. None by default. */
  cutOff?: string;
}

export const DEFAULT_TIME_ZONE = 'Europe/London';

/** Years whose bank holidays are known (2012 onwards was checked against GOV.UK's list). */
export const SUPPORTED_YEARS = { from: 2012, to: 2099 } as const;

/** The most working days one call may add or count across, to keep a bad input from looping for long. */
export const MAX_WORKING_DAYS = 10_000;

/** The date-holidays state of each nation. */
const STATE: Record<Nation, string> = {
  england: 'ENG',
  wales: 'WLS',
  scotland: 'SCT',
  northern_ireland: 'NIR',
};

const HOLIDAY_LIST: Record<Nation, string> = {
  england: 'England and Wales',
  wales: 'England and Wales',
  scotland: 'Scotland',
  northern_ireland: 'Northern Ireland',
};

/**
 * Where date-holidays 3.37.0 disagrees with GOV.UK's list, per year (applies to every nation).
 * 2012: the spring bank holiday moved from Monday 28 May to Monday 4 June for the Diamond Jubilee
 * (GOV.UK lists 2012-06-04 "Spring bank holiday" and 2012-06-05 "Queen's Diamond Jubilee").
 */
const CORRECTIONS: Record<number, { remove: IsoDate[]; add: BankHoliday[] }> = {
  2012: { remove: ['2012-05-28'], add: [{ date: '2012-06-04', name: 'Spring bank holiday' }] },
};

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

// ---------------------------------------------------------------------------------------------
// Day numbers: whole days since 1970-01-01, so that date arithmetic is integer arithmetic.

/** Parses a 'YYYY-MM-DD' date into a day number; throws RangeError when it is not a real date. */
function dayNumber(date: IsoDate, what = 'date'): number {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    // Date.UTC maps years 0–99 to 1900–1999 and rolls over 2026-02-30; reject both.
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) {
      return ms / DAY_MS;
    }
  }
  throw new RangeError(`${what} must be a real calendar date written YYYY-MM-DD (got ${JSON.stringify(date)})`);
}

function isoOf(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isWeekend(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

// ---------------------------------------------------------------------------------------------
// Bank holidays, cached per nation and year.

const libraries = new Map<string, Holidays>();
const holidayCache = new Map<string, { list: readonly BankHoliday[]; byDay: ReadonlyMap<number, string> }>();

function checkNation(nation: Nation): void {
  if (!(NATIONS as readonly string[]).includes(nation)) {
    throw new RangeError(`nation must be one of ${NATIONS.join(', ')} (got ${JSON.stringify(nation)})`);
  }
}

/**
 * A date in a year whose bank holidays are not known ({@link SUPPORTED_YEARS}): the caller's
 * input was out of range (a RangeError like the others, with the range and the year to quote).
 */
export class OutsideCalendarRange extends RangeError {
  readonly from = SUPPORTED_YEARS.from;
  readonly to = SUPPORTED_YEARS.to;
  constructor(readonly year: number) {
    super(`bank holidays are known for the years ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to} (got ${year})`);
    this.name = 'OutsideCalendarRange';
  }
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < SUPPORTED_YEARS.from || year > SUPPORTED_YEARS.to) throw new OutsideCalendarRange(year);
}

function holidaysOf(nation: Nation, year: number): { list: readonly BankHoliday[]; byDay: ReadonlyMap<number, string> } {
  checkNation(nation);
  checkYear(year);
  const state = STATE[nation];
  const key = `${state}:${year}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;

  let lib = libraries.get(state);
  if (!lib) {
    lib = new Holidays('GB', state);
    libraries.set(state, lib);
  }
  const byDay = new Map<number, string>();
  const add = (date: IsoDate, name: string) => {
    const day = dayNumber(date);
    if (isWeekend(day) || yearOf(day) !== year) return;
    const other = byDay.get(day);
    byDay.set(day, other && other !== name ? `${other} / ${name}` : name);
  };
  // GB holidays are all type 'public' in date-holidays (substitute days too, flagged `substitute`);
  // 'bank' is accepted as well in case the data moves to it. Observances (Mother's Day, Easter
  // Sunday, Father's Day) are not days off.
  for (const h of lib.getHolidays(year, 'en')) {
    if (h.type === 'public' || h.type === 'bank') add(h.date.slice(0, 10), h.name);
  }
  const fix = CORRECTIONS[year];
  if (fix) {
    for (const date of fix.remove) byDay.delete(dayNumber(date));
    for (const h of fix.add) add(h.date, h.name);
  }
  const list = [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, name]) => Object.freeze({ date: isoOf(day), name }));
  const entry = { list: Object.freeze(list), byDay };
  holidayCache.set(key, entry);
  return entry;
}

/**
 * The bank holidays (days off) of `nation` in `year`, in date order. Holidays that fall on a
 * weekend appear only as their substitute day, as on GOV.UK's list. England and Wales are equal.
 */
export function bankHolidays(nation: Nation, year: number): readonly BankHoliday[] {
  return holidaysOf(nation, year).list;
}

/** The bank holiday on `date` in `nation`, or null when it is not one. */
export function bankHolidayOn(date: IsoDate, nation: Nation): BankHoliday | null {
  const day = dayNumber(date);
  const name = holidaysOf(nation, yearOf(day)).byDay.get(day);
  return name === undefined ? null : { date: isoOf(day), name };
}

// ---------------------------------------------------------------------------------------------
// Calendars

interface Resolved {
  nation: Nation;
  closures: ReadonlySet<number>;
  timeZone: string;
  /** Seconds after local midnight, or null when there is no cut-off. */
  cutOff: number | null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      throw new RangeError(`timeZone must be an IANA time zone such as ${DEFAULT_TIME_ZONE} (got ${JSON.stringify(timeZone)})`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Validates a calendar and precomputes what the arithmetic needs; throws RangeError. */
function resolve(calendar: CalendarSpec): Resolved {
  if (calendar === null || typeof calendar !== 'object') throw new RangeError('calendar must be an object');
  checkNation(calendar.nation);
  const timeZone = calendar.timeZone ?? DEFAULT_TIME_ZONE;
  formatterFor(timeZone);
  let cutOff: number | null = null;
  if (calendar.cutOff !== undefined) {
    const m = typeof calendar.cutOff === 'string' ? HH_MM.exec(calendar.cutOff) : null;
    if (!m) throw new RangeError(`cutOff must be a local time HH:MM from 00:00 to 23:59 (got ${JSON.stringify(calendar.cutOff)})`);
    cutOff = (Number(m[1]) * 60 + Number(m[2])) * 60;
  }
  const closures = new Set<number>();
  if (calendar.closures !== undefined) {
    if (!Array.isArray(calendar.closures)) throw new RangeError('closures must be a list of YYYY-MM-DD dates');
    for (const c of calendar.closures) closures.add(dayNumber(c, 'closure day'));
  }
  return { nation: calendar.nation, closures, timeZone, cutOff };
}

/** Returns the problem with a calendar (as its RangeError message), or null when it is fine. */
export function calendarProblem(calendar: CalendarSpec): string | null {
  try {
    resolve(calendar);
    return null;
  } catch (e) {
    if (e instanceof RangeError) return e.message;
    throw e;
  }
}

function working(day: number, cal: Resolved): boolean {
  return !isWeekend(day) && !cal.closures.has(day) && !holidaysOf(cal.nation, yearOf(day)).byDay.has(day);
}

/** The first working day on or after `day`. */
function rollForward(day: number, cal: Resolved): number {
  let d = day;
  // Closures are finite and there are at most a handful of holidays in a row, so this ends.
  for (let guard = 0; !working(d, cal); guard++, d++) {
    if (guard > MAX_WORKING_DAYS) throw new RangeError(`no working day within ${MAX_WORKING_DAYS} days of ${isoOf(day)}`);
  }
  return d;
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`${what} must be a whole number from 0 to ${MAX_WORKING_DAYS} (got ${n})`);
  }
}

/** Is `date` a working day: a weekday that is neither a bank holiday of the nation nor a closure day? */
export function isWorkingDay(date: IsoDate, calendar: CalendarSpec): boolean {
  const day = dayNumber(date);
  return working(day, resolve(calendar));
}

/** The first working day strictly after `date` (which need not be a working day itself). */
export function nextWorkingDay(date: IsoDate, calendar: CalendarSpec): IsoDate {
  const cal = resolve(calendar);
  return isoOf(rollForward(dayNumber(date) + 1, cal));
}

/**
 * The local date and time of an instant in `timeZone` (DST-correct, via Intl):
 * `{ date: 'YYYY-MM-DD', time: 'HH:MM:SS' }`.
 */
export function localDateTime(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): { date: IsoDate; time: string } {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`the instant must be a valid Date (got ${String(instant)})`);
  }
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    date: `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}

/**
 * Day 0 of the count for something received at `receivedAt`: the local date of receipt when that
 * is a working day and the receipt is before the cut-off; otherwise the next working day.
 */
export function startDay(receivedAt: Date, calendar: CalendarSpec): IsoDate {
  const cal = resolve(calendar);
  const { date, time } = localDateTime(receivedAt, cal.timeZone);
  const day = dayNumber(date);
  const [h, m, s] = time.split(':').map(Number);
  const afterCutOff = cal.cutOff !== null && h * 3600 + m * 60 + s >= cal.cutOff;
  if (working(day, cal) && !afterCutOff) return date;
  return isoOf(rollForward(day + 1, cal));
}

/**
 * The working day `n` working days after `start` (n = 0 gives `start`). When `start` is not a
 * working day, the count starts from the next working day, as for a receipt on that day:
 * day 0 is the first working day on or after `start`.
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: CalendarSpec): IsoDate {
  const first = dayNumber(start, 'start');
  checkCount(n, 'the number of working days');
  const cal = resolve(calendar);
  let day = rollForward(first, cal);
  for (let left = n; left > 0; left--) day = rollForward(day + 1, cal);
  return isoOf(day);
}

/**
 * The date a reply is due: `workingDays` working days after the {@link startDay} of `receivedAt`.
 * "Within 3 working days" received on Monday at 10:00 (before any cut-off) is due on Thursday.
 */
export function dueDate(receivedAt: Date, workingDays: number, calendar: CalendarSpec): IsoDate {
  checkCount(workingDays, 'workingDays');
  return addWorkingDays(startDay(receivedAt, calendar), workingDays, calendar);
}

/**
 * The number of working days after `from` up to and including `to` (negative when `to` is before
 * `from`; 0 when they are equal). `workingDaysBetween(due, today)` is how many working days late
 * a reply is when positive, and `workingDaysBetween(s, addWorkingDays(s, n)) === n` for a working day s.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: CalendarSpec): number {
  const a = dayNumber(from, 'from');
  const b = dayNumber(to, 'to');
  const cal = resolve(calendar);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  if (hi - lo > MAX_WORKING_DAYS * 2) {
    throw new RangeError(`from and to must be at most ${MAX_WORKING_DAYS * 2} days apart (got ${from} and ${to})`);
  }
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (working(d, cal)) count++;
  return sign * count;
}

/**
 * A one-line description of the calendar for answers to cite, e.g.
 * "England and Wales bank holidays, weekends, 3 council closure days, cut-off 16:00".
 * The time zone is named only when it is not Europe/London.
 */
export function describeCalendar(calendar: CalendarSpec): string {
  const cal = resolve(calendar);
  const parts = [`${HOLIDAY_LIST[cal.nation]} bank holidays`, 'weekends'];
  const n = cal.closures.size;
  if (n > 0) parts.push(`${n} council closure day${n === 1 ? '' : 's'}`);
  if (calendar.cutOff !== undefined) parts.push(`cut-off ${calendar.cutOff}`);
  if (cal.timeZone !== DEFAULT_TIME_ZONE) parts.push(`times in ${cal.timeZone}`);
  return parts.join(', ');
}


// ---------------------------------------------------------------------------------------------
// Counting conventions of a response standard.

/** How a receipt on a non-working day counts; 'ico' is the default (see the module comment). */
export const RECEIPT_CONVENTIONS = ['ico', 'next_working_day'] as const;
export type ReceiptConvention = (typeof RECEIPT_CONVENTIONS)[number];

/** What a standard's numbers count. */
export const COUNT_UNITS = ['working_days', 'calendar_days', 'hours'] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

/** How a standard counts; every field optional, the defaults being the ICO's reading in working days. */
export interface Counting {
  receipt?: ReceiptConvention;
  unit?: CountUnit;
}

export const DEFAULT_RECEIPT: ReceiptConvention = 'ico';
export const DEFAULT_UNIT: CountUnit = 'working_days';

/** The most hours one deadline may be (a year). */
export const MAX_HOURS = 8_784;

function checkCounting(counting: Counting): { receipt: ReceiptConvention; unit: CountUnit } {
  const receipt = counting.receipt ?? DEFAULT_RECEIPT;
  const unit = counting.unit ?? DEFAULT_UNIT;
  if (!(RECEIPT_CONVENTIONS as readonly string[]).includes(receipt)) {
    throw new RangeError(`receipt must be one of ${RECEIPT_CONVENTIONS.join(', ')} (got ${JSON.stringify(receipt)})`);
  }
  if (!(COUNT_UNITS as readonly string[]).includes(unit)) throw new RangeError(`unit must be one of ${COUNT_UNITS.join(', ')} (got ${JSON.stringify(unit)})`);
  return { receipt, unit };
}

/**
 * The date of receipt: the local date an instant falls on, or the next working day when it falls
 * at or after the cut-off on a working day (the cut-off ends the council's day). It may be a
 * non-working day (a Saturday, a bank holiday, a closure day).
 */
export function receiptDate(receivedAt: Date, calendar: CalendarSpec): IsoDate {
  const cal = resolve(calendar);
  const { date, time } = localDateTime(receivedAt, cal.timeZone);
  const day = dayNumber(date);
  const [h, m, s] = time.split(':').map(Number);
  if (working(day, cal) && cal.cutOff !== null && h * 3600 + m * 60 + s >= cal.cutOff) return isoOf(rollForward(day + 1, cal));
  return date;
}

/**
 * Day 0 of the count under a convention: the date of receipt ('ico', which may be a non-working
 * day), or the first working day on or after it ('next_working_day', the same as {@link startDay}).
 */
export function countStart(receivedAt: Date, calendar: CalendarSpec, receipt: ReceiptConvention = DEFAULT_RECEIPT): IsoDate {
  const { receipt: r } = checkCounting({ receipt });
  const date = receiptDate(receivedAt, calendar);
  return r === 'ico' ? date : isoOf(rollForward(dayNumber(date), resolve(calendar)));
}

/**
 * The day `n` units after day 0 (`day0` may be a non-working day):
 * - working days: the n-th working day after day 0 (n = 0: day 0, or the next working day when it is not one);
 * - calendar days: day 0 plus n days, moved to the next working day when that is not one (a reply cannot be
 *   due on a day the council is closed; the ICO says the same of calendar-month deadlines).
 * Hours are counted from the instant of receipt instead: see {@link deadline}.
 */
export function countFrom(day0: IsoDate, n: number, calendar: CalendarSpec, unit: Exclude<CountUnit, 'hours'> = 'working_days'): IsoDate {
  const first = dayNumber(day0, 'day 0');
  checkCount(n, `the number of ${unit === 'calendar_days' ? 'calendar' : 'working'} days`);
  const cal = resolve(calendar);
  if (unit === 'calendar_days') return isoOf(rollForward(first + n, cal));
  if (unit !== 'working_days') throw new RangeError(`unit must be working_days or calendar_days here (got ${JSON.stringify(unit)})`);
  // From a non-working day 0, its next working day is already day 1.
  const steps = n > 0 && !working(first, cal) ? n - 1 : n;
  let day = rollForward(first, cal);
  for (let left = steps; left > 0; left--) day = rollForward(day + 1, cal);
  return isoOf(day);
}

/** A deadline: its date, and for a count in hours the instant as well. */
export interface Deadline {
  date: IsoDate;
  /** The instant it falls due; only for a count in hours. */
  at: Date | null;
}

/**
 * When something received at `receivedAt` is due `n` units later, by a standard's counting
 * conventions. Hours are elapsed hours from the instant of receipt (neither the cut-off nor the
 * receipt convention applies); the date is the local date of that instant.
 */
export function deadline(receivedAt: Date, n: number, calendar: CalendarSpec, counting: Counting = {}): Deadline {
  const { receipt, unit } = checkCounting(counting);
  if (unit === 'hours') {
    if (!Number.isInteger(n) || n < 0 || n > MAX_HOURS) throw new RangeError(`the number of hours must be a whole number from 0 to ${MAX_HOURS} (got ${n})`);
    const cal = resolve(calendar);
    localDateTime(receivedAt, cal.timeZone); // a RangeError for an invalid Date, as for the other units
    const at = new Date(receivedAt.getTime() + n * 3_600_000);
    return { date: localDateTime(at, cal.timeZone).date, at };
  }
  return { date: countFrom(countStart(receivedAt, calendar, receipt), n, calendar, unit), at: null };
}

/**
 * A one-line description of how a standard counts, for answers to cite, e.g. "working days; a
 * receipt on a non-working day counts from the first working day after it (ICO reading)".
 */
export function describeCounting(counting: Counting = {}): string {
  const { receipt, unit } = checkCounting(counting);
  if (unit === 'hours') return 'hours from the time of receipt';
  const what = unit === 'working_days' ? 'working days' : 'calendar days (a due date on a non-working day moves to the next working day)';
  const how =
    receipt === 'ico'
      ? 'day 1 is the first working day after the date of receipt, which need not be a working day (ICO reading)'
      : 'a receipt on a non-working day is moved to the next working day and counted from the day after';
  return `${what}; ${how}`;
}
