import { londonInstant } from './reminder-times';

// Case reminders go at REMINDER_TIME on their day, in the configured zone, GMT or BST (the same rule as reviews').
test.each([
  ['winter (GMT)', '2026-12-07', '08:00', 'Europe/London', '2026-12-07T08:00:00.000Z'],
  ['summer (BST)', '2026-07-01', '08:00', 'Europe/London', '2026-07-01T07:00:00.000Z'],
  ['the day the clocks go forward', '2026-03-29', '08:00', 'Europe/London', '2026-03-29T07:00:00.000Z'],
  ['the day the clocks go back', '2026-10-25', '08:00', 'Europe/London', '2026-10-25T08:00:00.000Z'],
  ['just after midnight on the day the clocks go back (still BST)', '2026-10-25', '00:30', 'Europe/London', '2026-10-24T23:30:00.000Z'],
  // The hour that happens twice: the first 01:30 (BST); a one-pass offset guess gave the second (GMT).
  ['the repeated hour on the day the clocks go back', '2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00.000Z'],
  ['another zone', '2026-12-07', '08:00', 'Pacific/Kiritimati', '2026-12-06T18:00:00.000Z'],
])('%s', (_what, date, time, zone, expected) => {
  expect(londonInstant(date, time, zone).toISOString()).toBe(expected);
});
