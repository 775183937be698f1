import { addMonths, describeStatedDate, isStatedDate, reaffirmedReview, reviewNote, scheduledReview, statedDateStart } from './dates';

/** Issue 12, point 9: dates as the text states them. */
test.each([
  ['2023', true],
  ['2023-01', true],
  ['2023-01-17', true],
  ['2024-02-29', true],
  ['2023-02-29', false], // no such day
  ['2023-13', false],
  ['2023-00', false],
  ['January 2023', false],
  ['23-01-17', false],
  ['2023-1', false],
  ['', false],
])('isStatedDate(%j) = %s', (s, ok) => expect(isStatedDate(s)).toBe(ok));

test.each([
  ['2023', '2023-01-01', '2023'],
  ['2023-01', '2023-01-01', 'January 2023'],
  ['2023-01-17', '2023-01-17', '17 January 2023'],
])('%s starts on %s and reads "%s"', (s, start, words) => {
  expect(statedDateStart(s)).toBe(start);
  expect(describeStatedDate(s)).toBe(words);
});

test('Welsh month names', () => expect(describeStatedDate('2023-01', 'cy')).toBe('Ionawr 2023'));

/** Points 1 and 9: a next review date only from a full date; a cadence without one says so. */
test.each([
  [{ adoptedOn: '2024-10-15', reviewEveryMonths: 12 }, '2025-10-15', null],
  [{ adoptedOn: '2024-01-31', reviewEveryMonths: 1 }, '2024-02-29', null],
  [{ adoptedOn: '2024-10-15', effectiveFrom: '2024-11-01', reviewEveryMonths: 24 }, '2026-11-01', null],
  [{ adoptedOn: '2023-01', reviewEveryMonths: 12 }, null, /states January 2023 without a day/],
  [{ adoptedOn: '2023', reviewEveryMonths: 36 }, null, /Reviewed every 36 months; the protocol states 2023 without a day/],
  [{ reviewEveryMonths: 12 }, null, /Reviewed every year; the protocol states no date to count from/],
  [{ reviewOn: '2026-05-01' }, '2026-05-01', null],
  [{}, null, null],
])('schedule %j: next review %s', (review, next, note) => {
  expect(scheduledReview(review)).toBe(next);
  if (note) expect(reviewNote(review)).toMatch(note);
  else expect(reviewNote(review)).toBeNull();
});

test.each([
  ['2025-01-31', 1, '2025-02-28'],
  ['2024-02-29', 12, '2025-02-28'],
  ['2024-11-30', 3, '2025-02-28'],
  ['2024-12-15', 1, '2025-01-15'],
])('addMonths(%s, %d) = %s', (d, n, want) => expect(addMonths(d, n)).toBe(want));

/** Point 12: reaffirming counts from the meeting, else the due date, not from the day it is recorded. */
test.each([
  [{ dueOn: '2026-03-31', everyMonths: 12, today: '2026-04-20' }, '2027-03-31'],
  [{ dueOn: '2026-03-31', meetingOn: '2026-03-10', everyMonths: 12, today: '2026-04-20' }, '2027-03-10'],
  // Long overdue: moved on by whole periods until after today.
  [{ dueOn: '2024-03-31', everyMonths: 12, today: '2026-04-20' }, '2027-03-31'],
  [{ dueOn: '2026-03-31', everyMonths: 1, today: '2026-04-20' }, '2026-04-30'],
])('reaffirmed %j: next review %s', (input, want) => expect(reaffirmedReview(input)).toBe(want));
