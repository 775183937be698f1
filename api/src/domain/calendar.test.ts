import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  addWorkingDays,
  bankHolidayOn,
  bankHolidays,
  calendarProblem,
  countFrom,
  countStart,
  deadline,
  describeCalendar,
  describeCounting,
  dueDate,
  isWorkingDay,
  localDateTime,
  nextWorkingDay,
  receiptDate,
  startDay,
  workingDaysBetween,
  type CalendarSpec,
  type Counting,
} from './calendar';
import { GOVUK_NORTHERN_IRELAND, GOVUK_SCOTLAND, type GovukEvent } from './calendar.fixtures';
import type { Nation } from './councils';

// Every expected value below was worked out by hand from a printed calendar and checked against
// GOV.UK's bank holiday lists (for England and Wales, the ../shared reference file; for Scotland and
// Northern Ireland, calendar.fixtures.ts) — never by running the code under test.

const england: CalendarSpec = { nation: 'england' };
const wales: CalendarSpec = { nation: 'wales' };
const scotland: CalendarSpec = { nation: 'scotland' };
const northernIreland: CalendarSpec = { nation: 'northern_ireland' };
const NATION_CALENDARS: Record<Nation, CalendarSpec> = {
  england,
  wales,
  scotland,
  northern_ireland: northernIreland,
};

const datesIn = (events: readonly { date: string }[], year: number): string[] =>
  events
    .map((e) => e.date)
    .filter((d) => d.startsWith(`${year}-`))
    .sort();
const moduleDates = (nation: Nation, year: number): string[] => bankHolidays(nation, year).map((h) => h.date);

// ---------------------------------------------------------------------------------------------
// 1. England and Wales against GOV.UK's list (../shared, present in CI and developers' checkouts).

/** The repo root is /work/main; the reference file is beside it in /work/shared. */
const GOVUK_REFERENCE = path.join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'bank-holidays-england-and-wales.json');
const GOVUK_YEARS = Array.from({ length: 2028 - 2012 + 1 }, (_, i) => 2012 + i);

/** Reads GOV.UK's England-and-Wales events: either one division `{ division, events }` or the whole bank-holidays.json. */
function readGovukEnglandAndWales(file: string): GovukEvent[] {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const division = Array.isArray(json.events) ? json : json['england-and-wales'];
  if (!division || !Array.isArray(division.events) || (json.division && json.division !== 'england-and-wales')) {
    throw new Error(`${file} does not hold GOV.UK's england-and-wales events`);
  }
  return division.events;
}

if (existsSync(GOVUK_REFERENCE)) {
  describe('England and Wales bank holidays equal the GOV.UK reference list', () => {
    const events = readGovukEnglandAndWales(GOVUK_REFERENCE);

    test.each(GOVUK_YEARS)('%i', (year) => {
      const govuk = datesIn(events, year);
      // Every year GOV.UK publishes has at least the eight regular bank holidays; fewer means a truncated file.
      expect(govuk.length).toBeGreaterThanOrEqual(8);
      expect(moduleDates('england', year)).toEqual(govuk);
      expect(moduleDates('wales', year)).toEqual(govuk);
    });
  });
} else {
  test.skip(`GOV.UK reference file is absent (${GOVUK_REFERENCE}): England and Wales bank holidays not compared with GOV.UK`, () => {});
}

// Scotland and Northern Ireland against GOV.UK's lists (copied into calendar.fixtures.ts).
describe.each([
  ['scotland' as const, GOVUK_SCOTLAND],
  ['northern_ireland' as const, GOVUK_NORTHERN_IRELAND],
])('%s bank holidays equal GOV.UK', (nation, events) => {
  test.each(Array.from({ length: 11 }, (_, i) => 2018 + i))('%i', (year) => {
    const govuk = datesIn(events, year);
    expect(govuk.length).toBeGreaterThanOrEqual(9);
    expect(moduleDates(nation, year)).toEqual(govuk);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Known dates, each checked against GOV.UK: substitutes, national days and one-off holidays.

type Known = [nation: Nation, date: string, holiday: boolean, why: string, name?: RegExp];
const KNOWN: Known[] = [
  // Scotland: 2 January, its substitutes, St Andrew's Day, first Monday of August, no Easter Monday.
  ['scotland', '2026-01-02', true, '2 January (Friday)', /January|2nd/],
  ['scotland', '2021-01-04', true, '2 January 2021 was a Saturday: substitute Monday 4th'],
  ['scotland', '2022-01-03', true, '1 January 2022 was a Saturday: substitute Monday 3rd'],
  ['scotland', '2022-01-04', true, '2 January 2022 was a Sunday: substitute Tuesday 4th'],
  ['scotland', '2023-01-02', true, '1 January 2023 was a Sunday: 2 January (Monday) and a substitute'],
  ['scotland', '2023-01-03', true, '... Tuesday 3rd as the second substitute'],
  ['scotland', '2027-01-04', true, '2 January 2027 is a Saturday: substitute Monday 4th'],
  ['scotland', '2026-11-30', true, "St Andrew's Day 2026 is a Monday", /Andrew/],
  ['scotland', '2025-12-01', true, "St Andrew's Day 2025 was a Sunday: substitute Monday 1 December", /Andrew/],
  ['scotland', '2024-12-02', true, "St Andrew's Day 2024 was a Saturday: substitute Monday 2 December", /Andrew/],
  ['scotland', '2019-12-02', true, "St Andrew's Day 2019 was a Saturday: substitute Monday 2 December"],
  ['scotland', '2026-08-03', true, 'summer bank holiday: first Monday of August'],
  ['scotland', '2025-08-04', true, 'summer bank holiday: first Monday of August'],
  ['scotland', '2026-08-31', false, 'no late-August bank holiday in Scotland'],
  ['scotland', '2026-04-06', false, 'Easter Monday is not a bank holiday in Scotland'],
  ['scotland', '2026-04-03', true, 'Good Friday is'],
  // Northern Ireland: St Patrick's Day and 12 July, with substitutes.
  ['northern_ireland', '2026-03-17', true, "St Patrick's Day (Tuesday)", /Patrick/],
  ['northern_ireland', '2018-03-19', true, "St Patrick's Day 2018 was a Saturday: substitute Monday 19th", /Patrick/],
  ['northern_ireland', '2024-03-18', true, "St Patrick's Day 2024 was a Sunday: substitute Monday 18th"],
  ['northern_ireland', '2026-07-13', true, '12 July 2026 is a Sunday: substitute Monday 13th', /Boyne/],
  ['northern_ireland', '2026-07-12', false, '... and the Sunday itself is not a listed day off'],
  ['northern_ireland', '2025-07-14', true, '12 July 2025 was a Saturday: substitute Monday 14th'],
  ['northern_ireland', '2027-07-12', true, '12 July 2027 is a Monday', /Boyne/],
  ['northern_ireland', '2026-08-31', true, 'summer bank holiday: last Monday of August'],
  ['northern_ireland', '2026-04-06', true, 'Easter Monday'],
  ['northern_ireland', '2026-01-02', false, 'no 2 January holiday outside Scotland'],
  // England and Wales.
  ['england', '2020-05-08', true, 'VE Day: the early May bank holiday moved to Friday 8 May 2020', /VE/],
  ['england', '2020-05-04', false, '... so the first Monday of May 2020 was a working day'],
  ['england', '2022-06-02', true, 'Platinum Jubilee: the spring bank holiday moved to Thursday 2 June 2022'],
  ['england', '2022-05-30', false, '... so the last Monday of May 2022 was a working day'],
  ['england', '2012-06-04', true, 'Diamond Jubilee: the spring bank holiday moved to Monday 4 June 2012'],
  ['england', '2012-05-28', false, '... so the last Monday of May 2012 was a working day'],
  ['wales', '2026-08-31', true, 'summer bank holiday: last Monday of August'],
  ['wales', '2026-08-03', false, 'no early-August bank holiday outside Scotland'],
  ['england', '2026-12-28', true, 'Boxing Day 2026 is a Saturday: substitute Monday 28th', /Boxing/],
  ['england', '2026-12-26', false, '... and the Saturday is not a listed day off'],
  ['england', '2022-12-27', true, 'Christmas Day 2022 was a Sunday: substitute Tuesday 27th', /Christmas/],
  ['england', '2021-12-28', true, 'Christmas 2021 was a Saturday, Boxing Day a Sunday: substitutes 27th and 28th'],
  ['england', '2023-01-02', true, "New Year's Day 2023 was a Sunday: substitute Monday 2nd"],
  ['wales', '2026-11-30', false, "no St Andrew's Day holiday outside Scotland"],
  ['wales', '2026-03-17', false, "no St Patrick's Day holiday outside Northern Ireland"],
  ['england', '2026-01-02', false, 'no 2 January holiday outside Scotland'],
  ['england', '2026-04-06', true, 'Easter Monday'],
];
// One-off UK-wide bank holidays, in every nation.
for (const nation of Object.keys(NATION_CALENDARS) as Nation[]) {
  KNOWN.push(
    [nation, '2022-06-03', true, "the Queen's Platinum Jubilee", /Jubilee/],
    [nation, '2022-09-19', true, "the Queen's state funeral", /Funeral/i],
    [nation, '2023-05-08', true, "the King's coronation", /Coronation/i],
    [nation, '2020-05-08', true, 'VE Day 75'],
  );
}

describe('known bank holidays', () => {
  // Objects rather than rows: with rows of 4 or 5 items, jest-each would take a 5-parameter callback's last parameter for `done`.
  const rows = KNOWN.map(([nation, date, holiday, why, name]) => ({ nation, date, holiday, why, name }));
  test.each(rows)('$nation $date is a bank holiday: $holiday ($why)', ({ nation, date, holiday, name }) => {
    const found = bankHolidayOn(date, nation);
    if (!holiday) {
      expect(found).toBeNull();
      expect(moduleDates(nation, Number(date.slice(0, 4)))).not.toContain(date);
      return;
    }
    expect(found).not.toBeNull();
    expect(found!.date).toBe(date);
    expect(found!.name).toMatch(name ?? /\S/);
    expect(moduleDates(nation, Number(date.slice(0, 4)))).toContain(date);
    expect(isWorkingDay(date, NATION_CALENDARS[nation])).toBe(false);
  });

  test('every listed day is a weekday with a name, in date order, and England equals Wales', () => {
    for (const nation of Object.keys(NATION_CALENDARS) as Nation[]) {
      for (let year = 2012; year <= 2040; year++) {
        const list = bankHolidays(nation, year);
        expect(list.length).toBeGreaterThanOrEqual(8);
        for (const h of list) {
          expect(h.date.startsWith(`${year}-`)).toBe(true);
          expect([0, 6]).not.toContain(new Date(`${h.date}T12:00:00Z`).getUTCDay());
          expect(h.name.length).toBeGreaterThan(0);
        }
        expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
      }
    }
    for (let year = 2012; year <= 2040; year++) expect(bankHolidays('wales', year)).toEqual(bankHolidays('england', year));
  });

  test('the cached list cannot be changed by a caller', () => {
    const list = bankHolidays('england', 2026) as { date: string; name: string }[];
    expect(() => list.push({ date: '2026-03-02', name: 'mine' })).toThrow(TypeError);
    expect(() => {
      list[0].date = '2026-03-02';
    }).toThrow(TypeError);
    expect(isWorkingDay('2026-03-02', england)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Working days

describe('isWorkingDay', () => {
  const christmas: CalendarSpec = { nation: 'england', closures: ['2026-12-29', '2026-12-30', '2026-12-31'] };
  test.each<[string, CalendarSpec, boolean]>([
    ['2026-03-02', england, true], // Monday
    ['2026-03-06', england, true], // Friday
    ['2026-03-07', england, false], // Saturday
    ['2026-03-08', england, false], // Sunday
    ['2026-04-06', england, false], // Easter Monday
    ['2026-04-06', scotland, true], // ... a working day in Scotland
    ['2026-08-31', wales, false], // summer bank holiday
    ['2026-08-31', scotland, true],
    ['2026-08-03', scotland, false], // Scotland's summer bank holiday
    ['2026-08-03', england, true],
    ['2026-07-13', northernIreland, false], // 12 July substitute
    ['2026-07-13', england, true],
    ['2026-12-29', christmas, false], // council closure
    ['2026-12-29', england, true],
    ['2026-12-28', christmas, false], // Boxing Day substitute
    ['2027-01-04', scotland, false], // 2 January substitute
    ['2027-01-04', england, true],
  ])('%s in %j: %s', (date, calendar, expected) => {
    expect(isWorkingDay(date, calendar)).toBe(expected);
  });
});

describe('nextWorkingDay', () => {
  test.each<[string, CalendarSpec, string]>([
    ['2026-03-02', england, '2026-03-03'],
    ['2026-03-06', england, '2026-03-09'], // Friday to Monday
    ['2026-03-07', england, '2026-03-09'], // Saturday to Monday
    ['2026-04-02', england, '2026-04-07'], // over Easter
    ['2026-04-02', scotland, '2026-04-06'], // Easter Monday works in Scotland
    ['2026-12-24', { nation: 'wales', closures: ['2026-12-29', '2026-12-30', '2026-12-31'] }, '2027-01-04'],
  ])('after %s in %j: %s', (date, calendar, expected) => {
    expect(nextWorkingDay(date, calendar)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  test.each<[string, number, CalendarSpec, string]>([
    ['2026-03-02', 0, england, '2026-03-02'],
    ['2026-03-02', 3, england, '2026-03-05'], // Monday + 3 = Thursday
    ['2026-03-05', 2, england, '2026-03-09'], // Thursday + 2 = Monday
    ['2026-03-07', 0, england, '2026-03-09'], // a Saturday start counts from Monday (day 0)
    ['2026-03-07', 1, england, '2026-03-10'],
    ['2026-08-28', 1, england, '2026-09-01'], // over the summer bank holiday
    ['2026-08-28', 1, scotland, '2026-08-31'],
    ['2026-12-23', 10, { nation: 'england', closures: ['2026-12-29', '2026-12-30', '2026-12-31'] }, '2027-01-14'],
    ['2026-12-23', 10, england, '2027-01-11'],
    ['2026-03-02', 23, england, '2026-04-02'], // no holidays in March
    ['2026-03-02', 25, england, '2026-04-08'], // then Good Friday 3 April and Easter Monday 6 April
  ])('%s + %i in %j = %s', (start, n, calendar, expected) => {
    expect(addWorkingDays(start, n, calendar)).toBe(expected);
  });

  test('counting back with workingDaysBetween gives n again', () => {
    for (const calendar of [england, scotland, northernIreland]) {
      for (const start of ['2026-03-02', '2026-08-28', '2026-12-23', '2027-03-15']) {
        for (const n of [0, 1, 2, 5, 10, 20, 40]) {
          expect(workingDaysBetween(start, addWorkingDays(start, n, calendar), calendar)).toBe(n);
        }
      }
    }
  });
});

describe('workingDaysBetween', () => {
  test.each<[string, string, CalendarSpec, number]>([
    ['2026-08-28', '2026-09-14', england, 10],
    ['2026-08-28', '2026-09-14', scotland, 11], // 31 August is a working day in Scotland
    ['2026-09-14', '2026-08-28', england, -10],
    ['2026-03-02', '2026-03-02', england, 0],
    ['2026-03-07', '2026-03-08', england, 0], // Saturday to Sunday
    ['2026-03-05', '2026-03-09', england, 2], // due Thursday, today Monday: two working days late
    ['2026-03-07', '2026-03-09', england, 1], // Saturday to Monday: `to` counts, `from` does not
    ['2026-03-06', '2026-03-08', england, 0], // Friday to Sunday
    ['2026-08-28', '2026-08-31', england, 0], // Friday to the summer bank holiday
    ['2026-08-28', '2026-08-31', scotland, 1], // ... a working day in Scotland
    ['2026-09-01', '2026-08-28', england, -1], // Tuesday back to Friday
    ['2026-12-23', '2027-01-14', { nation: 'england', closures: ['2026-12-29', '2026-12-30', '2026-12-31'] }, 10],
  ])('%s to %s in %j: %i', (from, to, calendar, expected) => {
    expect(workingDaysBetween(from, to, calendar)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Receipt and due dates. Times are given in UTC; London is UTC+0 in winter and UTC+1 from
// 29 March to 25 October 2026 (the clocks change at 01:00 UTC on those Sundays).

interface DueCase {
  what: string;
  receivedAt: string;
  n: number;
  calendar: CalendarSpec;
  start: string;
  due: string;
}
const cutOff16: Pick<CalendarSpec, 'cutOff'> = { cutOff: '16:00' };
const christmasClosures = ['2026-12-29', '2026-12-30', '2026-12-31'];

const DUE: DueCase[] = [
  { what: '3 working days from Monday 10:00 is Thursday', receivedAt: '2026-03-02T10:00:00Z', n: 3, calendar: england, start: '2026-03-02', due: '2026-03-05' },

  // A ward enquiry (respond within 10) on the Friday before the August bank holiday weekend.
  { what: 'ward enquiry, Friday before the summer bank holiday, England', receivedAt: '2026-08-28T09:00:00Z', n: 10, calendar: england, start: '2026-08-28', due: '2026-09-14' },
  { what: '... Wales (same list as England)', receivedAt: '2026-08-28T09:00:00Z', n: 10, calendar: wales, start: '2026-08-28', due: '2026-09-14' },
  { what: '... Scotland (31 August is a working day)', receivedAt: '2026-08-28T09:00:00Z', n: 10, calendar: scotland, start: '2026-08-28', due: '2026-09-11' },
  { what: '... Northern Ireland (31 August is a bank holiday)', receivedAt: '2026-08-28T09:00:00Z', n: 10, calendar: northernIreland, start: '2026-08-28', due: '2026-09-14' },

  // Cut-off 16:00.
  { what: 'Monday 15:59, cut-off 16:00: counts from Monday', receivedAt: '2026-03-02T15:59:00Z', n: 3, calendar: { ...england, ...cutOff16 }, start: '2026-03-02', due: '2026-03-05' },
  { what: 'Monday 15:59:59.999, cut-off 16:00: still before it', receivedAt: '2026-03-02T15:59:59.999Z', n: 3, calendar: { ...england, ...cutOff16 }, start: '2026-03-02', due: '2026-03-05' },
  { what: 'Monday 16:00 exactly, cut-off 16:00: counts from Tuesday', receivedAt: '2026-03-02T16:00:00Z', n: 3, calendar: { ...england, ...cutOff16 }, start: '2026-03-03', due: '2026-03-06' },
  { what: 'Monday 23:59 without a cut-off: counts from Monday', receivedAt: '2026-03-02T23:59:00Z', n: 3, calendar: england, start: '2026-03-02', due: '2026-03-05' },
  { what: 'Friday 16:30, cut-off 16:00: counts from Monday', receivedAt: '2026-03-06T16:30:00Z', n: 1, calendar: { ...england, ...cutOff16 }, start: '2026-03-09', due: '2026-03-10' },
  { what: 'summer: 14:59 UTC is 15:59 BST, before the cut-off', receivedAt: '2026-06-15T14:59:00Z', n: 3, calendar: { ...england, ...cutOff16 }, start: '2026-06-15', due: '2026-06-18' },
  { what: 'summer: 15:30 UTC is 16:30 BST, after the cut-off', receivedAt: '2026-06-15T15:30:00Z', n: 3, calendar: { ...england, ...cutOff16 }, start: '2026-06-16', due: '2026-06-19' },
  { what: 'Thursday before Easter 16:30 BST, cut-off 16:00: counts from Tuesday after Easter', receivedAt: '2026-04-02T15:30:00Z', n: 1, calendar: { ...england, ...cutOff16 }, start: '2026-04-07', due: '2026-04-08' },

  // Received on a non-working day.
  { what: 'Saturday: counts from Monday', receivedAt: '2026-03-07T09:00:00Z', n: 3, calendar: england, start: '2026-03-09', due: '2026-03-12' },
  { what: 'Saturday, 10 working days', receivedAt: '2026-03-07T09:00:00Z', n: 10, calendar: england, start: '2026-03-09', due: '2026-03-23' },
  { what: 'Saturday, 0 working days: due on day 0', receivedAt: '2026-03-07T09:00:00Z', n: 0, calendar: england, start: '2026-03-09', due: '2026-03-09' },
  { what: 'Easter Monday, England: counts from Tuesday', receivedAt: '2026-04-06T09:00:00Z', n: 3, calendar: england, start: '2026-04-07', due: '2026-04-10' },
  { what: 'Easter Monday, Scotland: a working day', receivedAt: '2026-04-06T09:00:00Z', n: 3, calendar: scotland, start: '2026-04-06', due: '2026-04-09' },
  { what: 'Good Friday, England: counts from Tuesday', receivedAt: '2026-04-03T09:00:00Z', n: 5, calendar: england, start: '2026-04-07', due: '2026-04-14' },

  // Christmas with the council closed 29–31 December 2026.
  { what: 'Christmas with closures, England', receivedAt: '2026-12-23T10:00:00Z', n: 10, calendar: { ...england, closures: christmasClosures }, start: '2026-12-23', due: '2027-01-14' },
  { what: 'Christmas without closures, England', receivedAt: '2026-12-23T10:00:00Z', n: 10, calendar: england, start: '2026-12-23', due: '2027-01-11' },
  { what: 'Christmas with closures, Scotland (4 January is a holiday too)', receivedAt: '2026-12-23T10:00:00Z', n: 10, calendar: { ...scotland, closures: christmasClosures }, start: '2026-12-23', due: '2027-01-15' },
  { what: 'received on a closure day: counts from the next working day', receivedAt: '2026-12-29T10:00:00Z', n: 2, calendar: { ...england, closures: christmasClosures }, start: '2027-01-04', due: '2027-01-06' },
  { what: 'New Year, Scotland', receivedAt: '2026-12-31T10:00:00Z', n: 1, calendar: scotland, start: '2026-12-31', due: '2027-01-05' },
  { what: 'New Year, England', receivedAt: '2026-12-31T10:00:00Z', n: 1, calendar: england, start: '2026-12-31', due: '2027-01-04' },

  // Near midnight, around the clock changes.
  { what: 'Friday 23:30 GMT before the clocks go forward, cut-off 16:00', receivedAt: '2026-03-27T23:30:00Z', n: 3, calendar: { ...england, ...cutOff16 }, start: '2026-03-30', due: '2026-04-02' },
  { what: 'Friday 23:30 GMT before the clocks go forward, no cut-off', receivedAt: '2026-03-27T23:30:00Z', n: 3, calendar: england, start: '2026-03-27', due: '2026-04-01' },
  { what: '23:30 UTC Thursday is 00:30 BST on Good Friday', receivedAt: '2026-04-02T23:30:00Z', n: 3, calendar: england, start: '2026-04-07', due: '2026-04-10' },
  { what: '23:30 UTC Monday is 00:30 BST Tuesday', receivedAt: '2026-06-15T23:30:00Z', n: 3, calendar: england, start: '2026-06-16', due: '2026-06-19' },
  { what: '... but Monday in a calendar kept in UTC', receivedAt: '2026-06-15T23:30:00Z', n: 3, calendar: { ...england, timeZone: 'UTC' }, start: '2026-06-15', due: '2026-06-18' },
  { what: '23:30 UTC Friday is 00:30 BST Saturday, the night before the clocks go back', receivedAt: '2026-10-23T23:30:00Z', n: 3, calendar: england, start: '2026-10-26', due: '2026-10-29' },
  { what: '23:30 UTC Monday after the clocks go back is 23:30 GMT Monday', receivedAt: '2026-10-26T23:30:00Z', n: 3, calendar: england, start: '2026-10-26', due: '2026-10-29' },
  { what: '15:59 UTC after the clocks go back is 15:59 GMT, before the cut-off', receivedAt: '2026-10-26T15:59:00Z', n: 3, calendar: { ...england, ...cutOff16 }, start: '2026-10-26', due: '2026-10-29' },
  { what: '15:30 UTC before the clocks go back is 16:30 BST, after the cut-off', receivedAt: '2026-10-19T15:30:00Z', n: 3, calendar: { ...england, ...cutOff16 }, start: '2026-10-20', due: '2026-10-23' },

  // The same receipt, different nations.
  { what: 'Wales: Friday before Scotland’s August holiday', receivedAt: '2026-07-31T09:00:00Z', n: 5, calendar: wales, start: '2026-07-31', due: '2026-08-07' },
  { what: 'Scotland: Friday before its August holiday', receivedAt: '2026-07-31T09:00:00Z', n: 5, calendar: scotland, start: '2026-07-31', due: '2026-08-10' },
  { what: 'Northern Ireland: Friday before the 12 July substitute', receivedAt: '2026-07-10T09:00:00Z', n: 2, calendar: northernIreland, start: '2026-07-10', due: '2026-07-15' },
  { what: 'England: the same Friday', receivedAt: '2026-07-10T09:00:00Z', n: 2, calendar: england, start: '2026-07-10', due: '2026-07-14' },
  { what: 'Scotland: Friday before the St Andrew’s Day substitute', receivedAt: '2025-11-28T10:00:00Z', n: 1, calendar: scotland, start: '2025-11-28', due: '2025-12-02' },
  { what: 'Wales: the same Friday', receivedAt: '2025-11-28T10:00:00Z', n: 1, calendar: wales, start: '2025-11-28', due: '2025-12-01' },
];

describe('startDay and dueDate', () => {
  test.each(DUE)('$what', ({ receivedAt, n, calendar, start, due }) => {
    const at = new Date(receivedAt);
    expect(startDay(at, calendar)).toBe(start);
    expect(dueDate(at, n, calendar)).toBe(due);
    expect(addWorkingDays(start, n, calendar)).toBe(due);
  });

  test('Wales and Scotland give different due dates for the same receipt', () => {
    const at = new Date('2026-08-28T09:00:00Z');
    expect(dueDate(at, 10, wales)).not.toBe(dueDate(at, 10, scotland));
  });
});

// ---------------------------------------------------------------------------------------------
// 3b. Counting conventions (issue 12, point 10). England and Wales bank holidays from GOV.UK's list,
// hardcoded here so the test needs nothing outside the repository:
//   2026-04-03 Good Friday, 2026-04-06 Easter Monday, 2026-12-25 Christmas Day (a Friday),
//   2026-12-28 Boxing Day (substitute day, 26 December is a Saturday), 2027-01-01 New Year's Day.
// 'ico': the date of receipt need not be a working day, day 1 is the first working day after it.
// 'next_working_day': a receipt on a non-working day is moved to the next working day (day 0).

const GOVUK_ENGLAND_AND_WALES_USED = ['2026-04-03', '2026-04-06', '2026-12-25', '2026-12-28', '2027-01-01'];

interface ConventionCase {
  what: string;
  receivedAt: string;
  n: number;
  calendar: CalendarSpec;
  unit?: Counting['unit'];
  /** Day 0 and the due date under the ICO's reading, then under the next-working-day reading. */
  ico: [string, string];
  next: [string, string];
}

const CONVENTIONS: ConventionCase[] = [
  // The example of the issue: "acknowledge by the end of the next working day, respond within 10 working days".
  { what: 'Saturday, acknowledge next working day', receivedAt: '2026-03-07T09:00:00Z', n: 1, calendar: england, ico: ['2026-03-07', '2026-03-09'], next: ['2026-03-09', '2026-03-10'] },
  { what: 'Saturday, respond within 10 working days', receivedAt: '2026-03-07T09:00:00Z', n: 10, calendar: england, ico: ['2026-03-07', '2026-03-20'], next: ['2026-03-09', '2026-03-23'] },
  { what: 'Sunday, 3 working days', receivedAt: '2026-03-08T12:00:00Z', n: 3, calendar: england, ico: ['2026-03-08', '2026-03-11'], next: ['2026-03-09', '2026-03-12'] },
  { what: 'Saturday, 0 working days: the next working day either way', receivedAt: '2026-03-07T09:00:00Z', n: 0, calendar: england, ico: ['2026-03-07', '2026-03-09'], next: ['2026-03-09', '2026-03-09'] },
  { what: 'Saturday evening after the cut-off time: no cut-off on a non-working day', receivedAt: '2026-03-07T17:00:00Z', n: 1, calendar: { ...england, cutOff: '16:00' }, ico: ['2026-03-07', '2026-03-09'], next: ['2026-03-09', '2026-03-10'] },

  // Good Friday 2026: the next working day is Tuesday 7 April (Easter Monday is a holiday too).
  { what: 'Good Friday, 1 working day', receivedAt: '2026-04-03T09:00:00Z', n: 1, calendar: england, ico: ['2026-04-03', '2026-04-07'], next: ['2026-04-07', '2026-04-08'] },
  { what: 'Good Friday, 5 working days', receivedAt: '2026-04-03T09:00:00Z', n: 5, calendar: england, ico: ['2026-04-03', '2026-04-13'], next: ['2026-04-07', '2026-04-14'] },
  { what: 'Good Friday, 10 working days', receivedAt: '2026-04-03T09:00:00Z', n: 10, calendar: england, ico: ['2026-04-03', '2026-04-20'], next: ['2026-04-07', '2026-04-21'] },
  { what: 'Easter Monday, 1 working day', receivedAt: '2026-04-06T09:00:00Z', n: 1, calendar: england, ico: ['2026-04-06', '2026-04-07'], next: ['2026-04-07', '2026-04-08'] },
  { what: 'Easter Monday in Scotland is a working day: the readings agree', receivedAt: '2026-04-06T09:00:00Z', n: 1, calendar: scotland, ico: ['2026-04-06', '2026-04-07'], next: ['2026-04-06', '2026-04-07'] },

  // Christmas 2026: Friday 25 a holiday, 26-27 the weekend, Monday 28 the Boxing Day substitute, 1 January a holiday.
  { what: 'Christmas Day, 1 working day', receivedAt: '2026-12-25T10:00:00Z', n: 1, calendar: england, ico: ['2026-12-25', '2026-12-29'], next: ['2026-12-29', '2026-12-30'] },
  { what: 'Christmas Day, 10 working days', receivedAt: '2026-12-25T10:00:00Z', n: 10, calendar: england, ico: ['2026-12-25', '2027-01-12'], next: ['2026-12-29', '2027-01-13'] },
  { what: 'Boxing Day (Saturday), 10 working days', receivedAt: '2026-12-26T10:00:00Z', n: 10, calendar: england, ico: ['2026-12-26', '2027-01-12'], next: ['2026-12-29', '2027-01-13'] },
  { what: 'Christmas Day with the council closed 29-31 December', receivedAt: '2026-12-25T10:00:00Z', n: 10, calendar: { ...england, closures: ['2026-12-29', '2026-12-30', '2026-12-31'] }, ico: ['2026-12-25', '2027-01-15'], next: ['2027-01-04', '2027-01-18'] },
  { what: 'New Year’s Day, 1 working day', receivedAt: '2027-01-01T10:00:00Z', n: 1, calendar: england, ico: ['2027-01-01', '2027-01-04'], next: ['2027-01-04', '2027-01-05'] },

  // Cut-off 16:00: a receipt at or after it on a working day is received on the next working day, and
  // that date is a working day, so both readings agree.
  { what: 'Monday 16:30, cut-off 16:00, 1 working day', receivedAt: '2026-03-02T16:30:00Z', n: 1, calendar: { ...england, cutOff: '16:00' }, ico: ['2026-03-03', '2026-03-04'], next: ['2026-03-03', '2026-03-04'] },
  { what: 'Monday 16:30, cut-off 16:00, 10 working days', receivedAt: '2026-03-02T16:30:00Z', n: 10, calendar: { ...england, cutOff: '16:00' }, ico: ['2026-03-03', '2026-03-17'], next: ['2026-03-03', '2026-03-17'] },
  { what: 'Monday 15:30, before the cut-off, 10 working days', receivedAt: '2026-03-02T15:30:00Z', n: 10, calendar: { ...england, cutOff: '16:00' }, ico: ['2026-03-02', '2026-03-16'], next: ['2026-03-02', '2026-03-16'] },
  { what: 'Friday 16:30, cut-off 16:00: received Monday', receivedAt: '2026-03-06T16:30:00Z', n: 10, calendar: { ...england, cutOff: '16:00' }, ico: ['2026-03-09', '2026-03-23'], next: ['2026-03-09', '2026-03-23'] },
  { what: 'Thursday before Easter 16:30 BST, cut-off 16:00: received Tuesday 7 April', receivedAt: '2026-04-02T15:30:00Z', n: 1, calendar: { ...england, cutOff: '16:00' }, ico: ['2026-04-07', '2026-04-08'], next: ['2026-04-07', '2026-04-08'] },
  { what: 'Christmas Eve 16:30, cut-off 16:00: received Tuesday 29 December', receivedAt: '2026-12-24T16:30:00Z', n: 1, calendar: { ...england, cutOff: '16:00' }, ico: ['2026-12-29', '2026-12-30'], next: ['2026-12-29', '2026-12-30'] },

  // Calendar days: due on day 0 plus n, moved to the next working day when that is not one.
  { what: 'Saturday, 10 calendar days', receivedAt: '2026-03-07T09:00:00Z', n: 10, unit: 'calendar_days', calendar: england, ico: ['2026-03-07', '2026-03-17'], next: ['2026-03-09', '2026-03-19'] },
  { what: 'Monday, 5 calendar days end on a Saturday: due Monday', receivedAt: '2026-03-02T09:00:00Z', n: 5, unit: 'calendar_days', calendar: england, ico: ['2026-03-02', '2026-03-09'], next: ['2026-03-02', '2026-03-09'] },
  { what: 'Tuesday 15 December, 10 calendar days end on Christmas Day: due Tuesday 29th', receivedAt: '2026-12-15T09:00:00Z', n: 10, unit: 'calendar_days', calendar: england, ico: ['2026-12-15', '2026-12-29'], next: ['2026-12-15', '2026-12-29'] },
  { what: 'Good Friday, 7 calendar days', receivedAt: '2026-04-03T09:00:00Z', n: 7, unit: 'calendar_days', calendar: england, ico: ['2026-04-03', '2026-04-10'], next: ['2026-04-07', '2026-04-14'] },
];

describe('counting conventions: the ICO reading and the next-working-day reading', () => {
  test('the holidays these cases rely on are on the list', () => {
    for (const date of GOVUK_ENGLAND_AND_WALES_USED) expect(isWorkingDay(date, england)).toBe(false);
    expect(bankHolidays('england', 2026).map((h) => h.date)).toEqual(expect.arrayContaining(GOVUK_ENGLAND_AND_WALES_USED.slice(0, 4)));
  });

  test.each(CONVENTIONS)('$what', ({ receivedAt, n, calendar, unit, ico, next }) => {
    const at = new Date(receivedAt);
    const days = (unit ?? 'working_days') as 'working_days' | 'calendar_days';
    expect([countStart(at, calendar, 'ico'), deadline(at, n, calendar, { receipt: 'ico', unit }).date]).toEqual(ico);
    expect([countStart(at, calendar, 'next_working_day'), deadline(at, n, calendar, { receipt: 'next_working_day', unit }).date]).toEqual(next);
    expect(countFrom(ico[0], n, calendar, days)).toBe(ico[1]);
    expect(countFrom(next[0], n, calendar, days)).toBe(next[1]);
    // The ICO's reading is the default.
    expect(deadline(at, n, calendar, { unit }).date).toBe(ico[1]);
    expect(deadline(at, n, calendar, { unit }).at).toBeNull();
  });

  test('the next-working-day reading is the old count (startDay and dueDate) on every receipt of section 3', () => {
    for (const c of DUE) {
      const at = new Date(c.receivedAt);
      expect(countStart(at, c.calendar, 'next_working_day')).toBe(c.start);
      expect(deadline(at, c.n, c.calendar, { receipt: 'next_working_day' }).date).toBe(c.due);
    }
  });

  test('the readings agree whenever the date of receipt is a working day', () => {
    for (const c of DUE) {
      const at = new Date(c.receivedAt);
      if (!isWorkingDay(receiptDate(at, c.calendar), c.calendar)) continue;
      expect(deadline(at, c.n, c.calendar, { receipt: 'ico' }).date).toBe(c.due);
    }
  });

  test.each<[string, string, number, string, string]>([
    ['Friday 15:00 GMT plus 24 hours', '2026-03-06T15:00:00Z', 24, '2026-03-07T15:00:00.000Z', '2026-03-07'],
    ['Saturday plus 48 hours: hours take no notice of the weekend', '2026-03-07T09:00:00Z', 48, '2026-03-09T09:00:00.000Z', '2026-03-09'],
    ['22:59 UTC plus an hour is 00:59 BST the next day', '2026-06-15T22:59:00Z', 1, '2026-06-15T23:59:00.000Z', '2026-06-16'],
    ['over the clocks going forward: 24 elapsed hours', '2026-03-28T12:00:00Z', 24, '2026-03-29T12:00:00.000Z', '2026-03-29'],
  ])('hours: %s', (_what, receivedAt, n, at, date) => {
    for (const receipt of ['ico', 'next_working_day'] as const) {
      const d = deadline(new Date(receivedAt), n, { ...england, cutOff: '16:00' }, { unit: 'hours', receipt });
      expect(d.at?.toISOString()).toBe(at);
      expect(d.date).toBe(date);
    }
  });

  test('describeCounting says how the dates were counted', () => {
    expect(describeCounting()).toMatch(/^working days; day 1 is the first working day after the date of receipt.*ICO/);
    expect(describeCounting({ receipt: 'next_working_day' })).toMatch(/moved to the next working day/);
    expect(describeCounting({ unit: 'calendar_days' })).toMatch(/^calendar days/);
    expect(describeCounting({ unit: 'hours' })).toBe('hours from the time of receipt');
  });

  test.each<[string, () => unknown, RegExp]>([
    ['unknown receipt convention', () => deadline(new Date('2026-03-02T10:00:00Z'), 1, england, { receipt: 'gov' as 'ico' }), /receipt must be one of ico, next_working_day/],
    ['unknown unit', () => deadline(new Date('2026-03-02T10:00:00Z'), 1, england, { unit: 'weeks' as 'hours' }), /unit must be one of working_days, calendar_days, hours/],
    ['fractional hours', () => deadline(new Date('2026-03-02T10:00:00Z'), 1.5, england, { unit: 'hours' }), /whole number/],
    ['negative days', () => countFrom('2026-03-02', -1, england), /whole number from 0/],
    ['bad day 0', () => countFrom('2026-02-30', 1, england), /day 0 must be a real calendar date/],
  ])('rejects %s', (_what, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('localDateTime', () => {
  test.each<[string, string | undefined, string, string]>([
    ['2026-03-29T00:59:59Z', undefined, '2026-03-29', '00:59:59'], // last second of GMT
    ['2026-03-29T01:00:00Z', undefined, '2026-03-29', '02:00:00'], // clocks go forward
    ['2026-10-25T00:30:00Z', undefined, '2026-10-25', '01:30:00'], // 01:30 BST ...
    ['2026-10-25T01:30:00Z', undefined, '2026-10-25', '01:30:00'], // ... and 01:30 GMT an hour later
    ['2026-06-15T23:30:00Z', undefined, '2026-06-16', '00:30:00'],
    ['2026-06-15T23:30:00Z', 'UTC', '2026-06-15', '23:30:00'],
    ['2026-01-01T00:00:00Z', 'Europe/London', '2026-01-01', '00:00:00'], // midnight is 00, not 24
  ])('%s in %s', (instant, timeZone, date, time) => {
    expect(localDateTime(new Date(instant), timeZone)).toEqual({ date, time });
  });
});

describe('describeCalendar', () => {
  test.each<[CalendarSpec, string]>([
    [england, 'England and Wales bank holidays, weekends'],
    [wales, 'England and Wales bank holidays, weekends'],
    [scotland, 'Scotland bank holidays, weekends'],
    [northernIreland, 'Northern Ireland bank holidays, weekends'],
    [{ nation: 'wales', closures: ['2026-12-29', '2026-12-30'], cutOff: '16:00' }, 'England and Wales bank holidays, weekends, 2 council closure days, cut-off 16:00'],
    [{ nation: 'scotland', closures: ['2026-12-29', '2026-12-29'] }, 'Scotland bank holidays, weekends, 1 council closure day'],
    [{ nation: 'england', timeZone: 'UTC' }, 'England and Wales bank holidays, weekends, times in UTC'],
  ])('%j', (calendar, expected) => {
    expect(describeCalendar(calendar)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Input validation: RangeError with a message naming the problem.

describe('validation', () => {
  const monday = new Date('2026-03-02T10:00:00Z');
  test.each<[string, () => unknown, RegExp]>([
    ['date not YYYY-MM-DD', () => isWorkingDay('2026-3-2', england), /YYYY-MM-DD.*"2026-3-2"/],
    ['date with a time', () => isWorkingDay('2026-03-02T10:00', england), /YYYY-MM-DD/],
    ['not a real date', () => isWorkingDay('2026-02-30', england), /real calendar date.*2026-02-30/],
    ['month 13', () => addWorkingDays('2026-13-01', 1, england), /start must be a real calendar date/],
    ['a non-string date', () => isWorkingDay(20260302 as unknown as string, england), /YYYY-MM-DD/],
    ['negative n', () => addWorkingDays('2026-03-02', -1, england), /whole number from 0.*-1/],
    ['fractional n', () => addWorkingDays('2026-03-02', 1.5, england), /whole number/],
    ['NaN n', () => dueDate(monday, Number.NaN, england), /workingDays must be a whole number/],
    ['huge n', () => dueDate(monday, 1e9, england), /whole number from 0 to 10000/],
    ['cut-off 24:00', () => startDay(monday, { ...england, cutOff: '24:00' }), /cutOff must be a local time HH:MM.*"24:00"/],
    ['cut-off 4pm', () => dueDate(monday, 3, { ...england, cutOff: '4pm' }), /cutOff/],
    ['cut-off 9:30', () => dueDate(monday, 3, { ...england, cutOff: '9:30' }), /cutOff/],
    ['bad closure day', () => isWorkingDay('2026-03-02', { ...england, closures: ['2026-12-32'] }), /closure day must be a real calendar date.*2026-12-32/],
    ['unknown nation', () => isWorkingDay('2026-03-02', { nation: 'ireland' as Nation }), /nation must be one of england, wales, scotland, northern_ireland/],
    ['unknown time zone', () => startDay(monday, { ...england, timeZone: 'Europe/Atlantis' }), /timeZone must be an IANA time zone.*Atlantis/],
    ['invalid Date', () => dueDate(new Date('nope'), 3, england), /valid Date/],
    ['year before 2012', () => isWorkingDay('2011-04-29', england), /2012–2099.*2011/],
    ['year after 2099', () => bankHolidays('england', 2100), /2012–2099.*2100/],
    ['fractional year', () => bankHolidays('england', 2026.5), /years 2012/],
    ['from after to by decades', () => workingDaysBetween('2012-01-01', '2099-01-01', england), /at most/],
  ])('%s', (_what, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  test('calendarProblem names the problem or returns null', () => {
    expect(calendarProblem({ nation: 'scotland', closures: ['2026-12-29'], cutOff: '16:00', timeZone: 'Europe/London' })).toBeNull();
    expect(calendarProblem({ nation: 'scotland', cutOff: '16.00' })).toMatch(/cutOff/);
    expect(calendarProblem({ nation: 'scotland', closures: ['29/12/2026'] })).toMatch(/closure day/);
  });
});
