import { addDays, instantAt, localDate } from './local-time';
import { plannedReviewReminders, reviewTaskStatus } from './reviews';
import { reminderVerdict } from './reminders';

describe('instantAt: a wall-clock time on a date in a time zone', () => {
  test.each([
    // date, time, zone, instant
    ['2026-12-07', '08:00', 'Europe/London', '2026-12-07T08:00:00.000Z'], // GMT
    ['2026-07-01', '08:00', 'Europe/London', '2026-07-01T07:00:00.000Z'], // BST
    ['2026-03-29', '08:00', 'Europe/London', '2026-03-29T07:00:00.000Z'], // the day clocks go forward
    ['2026-10-25', '08:00', 'Europe/London', '2026-10-25T08:00:00.000Z'], // the day clocks go back
    ['2026-03-29', '00:30', 'Europe/London', '2026-03-29T00:30:00.000Z'], // before the change that day
    ['2026-03-29', '01:30', 'Europe/London', '2026-03-29T01:30:00.000Z'], // in the missing hour: read by the clock before it
    ['2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00.000Z'], // happens twice: the first time
    ['2026-12-07', '09:30', 'UTC', '2026-12-07T09:30:00.000Z'],
    ['2026-12-07', '08:00', 'America/New_York', '2026-12-07T13:00:00.000Z'],
    ['2026-12-07', '08:00', 'Asia/Kathmandu', '2026-12-07T02:15:00.000Z'], // +05:45
    ['2026-12-07', '00:00', 'Pacific/Auckland', '2026-12-06T11:00:00.000Z'], // NZDT, the day before in UTC
  ])('%s %s in %s is %s', (date, time, zone, instant) => {
    expect(instantAt(date, time, zone).toISOString()).toBe(instant);
  });

  test.each([
    ['2026-13-01', '08:00', 'Europe/London'],
    ['7 Dec 2026', '08:00', 'Europe/London'],
    ['2026-12-07', '8:00', 'Europe/London'],
    ['2026-12-07', '24:00', 'Europe/London'],
    ['2026-12-07', '08:00', 'Mars/Olympus'],
  ])('refuses %s %s in %s', (date, time, zone) => {
    expect(() => instantAt(date, time, zone)).toThrow(RangeError);
  });
});

describe('localDate: today in a time zone', () => {
  test.each([
    ['2026-12-07T23:30:00Z', 'Europe/London', '2026-12-07'],
    ['2026-07-01T23:30:00Z', 'Europe/London', '2026-07-02'], // BST: already the next day
    ['2026-12-07T23:30:00Z', 'Pacific/Auckland', '2026-12-08'],
    ['2026-12-07T03:00:00Z', 'America/Los_Angeles', '2026-12-06'],
  ])('at %s in %s it is %s', (at, zone, date) => {
    expect(localDate(zone, new Date(at))).toBe(date);
  });

  test.each([
    ['2026-12-07', 1, '2026-12-08'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i days is %s', (date, n, result) => expect(addDays(date, n)).toBe(result));
});

describe('reviewTaskStatus: a task when the date is within the notice period or past', () => {
  const today = '2026-12-07';
  test.each([
    [null, 30, null],
    ['2027-01-06', 30, 'open'], // exactly 30 days ahead
    ['2027-01-07', 30, null], // 31 days ahead
    ['2026-12-07', 30, 'open'], // the date is today: not yet overdue
    ['2026-12-06', 30, 'overdue'],
    ['2025-10-31', 30, 'overdue'],
    ['2026-12-07', 0, 'open'],
    ['2026-12-08', 0, null],
  ])('review date %s, notice %i days: %s', (due, notice, status) => {
    expect(reviewTaskStatus(due, today, notice)).toBe(status);
  });
});

describe('plannedReviewReminders: each at the reminder time of its day, or straight away once that has passed', () => {
  const now = new Date('2026-12-07T06:00:00Z'); // the sweep's run, 06:00 in London
  const london = { reminderTime: '08:00', timeZone: 'Europe/London' };
  const plan = (dueOn: string, clock = london, at = now, today = '2026-12-07') =>
    plannedReviewReminders(dueOn, today, at, clock).map((p) => `${p.kind}@${p.sendAt.toISOString()}`);
  test.each([
    ['due in ten days', '2026-12-17', london, now, ['review_due@2026-12-07T08:00:00.000Z', 'review_overdue@2026-12-18T08:00:00.000Z']],
    ['due today', '2026-12-07', london, now, ['review_due@2026-12-07T08:00:00.000Z', 'review_overdue@2026-12-08T08:00:00.000Z']],
    ['swept after the reminder time: "due" straight away', '2026-12-17', london, new Date('2026-12-07T14:05:00Z'), ['review_due@2026-12-07T14:05:00.000Z', 'review_overdue@2026-12-18T08:00:00.000Z']],
    ['due in summer: overdue at 08:00 BST', '2027-06-30', london, now, ['review_due@2026-12-07T08:00:00.000Z', 'review_overdue@2027-07-01T07:00:00.000Z']],
    ['the configured reminder time', '2026-12-17', { reminderTime: '17:45', timeZone: 'Europe/London' }, now, ['review_due@2026-12-07T17:45:00.000Z', 'review_overdue@2026-12-18T17:45:00.000Z']],
    ['the configured time zone', '2026-12-17', { reminderTime: '08:00', timeZone: 'America/New_York' }, now, ['review_due@2026-12-07T13:00:00.000Z', 'review_overdue@2026-12-18T13:00:00.000Z']],
    // Past the date when the task is made: no "due" (it would be stale), "overdue" at today's reminder time or straight away.
    ['overdue since yesterday, before the reminder time', '2026-12-06', london, now, ['review_overdue@2026-12-07T08:00:00.000Z']],
    ['overdue for a year', '2025-10-31', london, now, ['review_overdue@2026-12-07T06:00:00.000Z']],
  ])('%s', (_name, dueOn, clock, at, expected) => {
    expect(plan(dueOn, clock, at)).toEqual(expected);
  });
});

describe('a review reminder planned by the sweep passes the delivery rule on its day (domain/reminders.ts)', () => {
  const london = { reminderTime: '08:00', timeZone: 'Europe/London' };
  test.each([
    ['2026-12-17', '2026-12-07'],
    ['2026-12-07', '2026-12-07'],
    ['2026-12-06', '2026-12-07'],
    ['2025-10-31', '2026-12-07'],
  ])('review date %s, swept on %s', (dueOn, today) => {
    for (const r of plannedReviewReminders(dueOn, today, new Date(`${today}T06:00:00Z`), london)) {
      const day = localDate('Europe/London', r.sendAt);
      expect(reminderVerdict({ kind: r.kind, deadline: dueOn, stepIndex: null, case: null, task: { status: 'open' } }, day)).toBe('send');
    }
  });
  test('a "due" reminder left over after the date is stale', () => {
    expect(reminderVerdict({ kind: 'review_due', deadline: '2026-12-06', stepIndex: null, case: null, task: { status: 'overdue' } }, '2026-12-07')).toBe('stale');
  });
});
