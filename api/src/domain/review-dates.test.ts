import { reviewDateAtAdoption, reviewDatesDiffer, type ReviewDateChoice, type ReviewDateQuestion } from './review-dates';

/** Issue 12, point 12: adopting never silently drops a review date, and never overwrites a typed one unasked. */
describe('reviewDateAtAdoption', () => {
  const C = '2027-03-31'; // the council's date
  const S = '2029-12-07'; // the schedule's
  test.each<[string, ReviewDateQuestion, ReviewDateChoice]>([
    ['a date given wins over everything', { given: '2028-01-15', keep: true, council: C, inForce: C, schedule: S }, { ok: true, date: '2028-01-15', from: 'given' }],
    ['keep: the council\'s date', { keep: true, council: C, inForce: null, schedule: S }, { ok: true, date: C, from: 'council' }],
    ['keep, but the council holds none: the schedule\'s', { keep: true, council: null, inForce: null, schedule: S }, { ok: true, date: S, from: 'schedule' }],
    ['keep: false: the schedule\'s', { keep: false, council: C, inForce: null, schedule: S }, { ok: true, date: S, from: 'schedule' }],
    ['keep: false, schedule computes none: the council\'s is not dropped', { keep: false, council: C, inForce: C, schedule: null }, { ok: true, date: C, from: 'council' }],
    ['no period in the schedule: the council\'s date kept', { council: C, inForce: C, schedule: null }, { ok: true, date: C, from: 'council' }],
    ['no period and no date anywhere: none', { council: null, inForce: null, schedule: null }, { ok: true, date: null, from: 'council' }],
    ['council holds none: the schedule\'s', { council: null, inForce: null, schedule: S }, { ok: true, date: S, from: 'schedule' }],
    ['the same date: no question', { council: S, inForce: null, schedule: S }, { ok: true, date: S, from: 'schedule' }],
    ['the council\'s date is the one the last adoption set: the new version\'s cycle', { council: C, inForce: C, schedule: S }, { ok: true, date: S, from: 'schedule' }],
    ['a date typed on the council (not the version in force\'s): asked', { council: C, inForce: '2026-06-30', schedule: S }, { ok: false, council: C, schedule: S }],
    ['a date typed on a council with no version in force: asked', { council: C, inForce: null, schedule: S }, { ok: false, council: C, schedule: S }],
  ])('%s', (_why, q, expected) => {
    expect(reviewDateAtAdoption(q)).toEqual(expected);
  });

  test.each([
    [C, S, true],
    [S, S, false],
    [null, S, false],
    [C, null, false],
  ])('reviewDatesDiffer(%s, %s) → %s', (council, schedule, expected) => {
    expect(reviewDatesDiffer(council, schedule)).toBe(expected);
  });
});
