import { compareClauses, compareItems } from './compare';

test('clauses: added, changed (text or heading) and removed, by number', () => {
  const before = [
    { number: '1', text: 'a' },
    { number: '2', heading: 'H', text: 'b' },
    { number: '3', text: 'c' },
    { number: '4', text: 'same' },
  ];
  const after = [
    { number: '1', text: 'a (amended)' },
    { number: '2', heading: 'H2', text: 'b' },
    { number: '4', text: 'same' },
    { number: '5', text: 'new' },
  ];
  expect(compareClauses(before, after).map((c) => [c.number, c.change])).toEqual([
    ['1', 'changed'],
    ['2', 'changed'],
    ['5', 'added'],
    ['3', 'removed'],
  ]);
  expect(compareClauses(before, before)).toEqual([]);
});

test('rules: compared by section and key; key order inside a rule does not matter', () => {
  const before = [
    { section: 'response_standard' as const, key: 'ward_matter', body: { category: 'ward_matter', respondWithinDays: 10, clauses: ['106'] } },
    { section: 'role' as const, key: 'clerk', body: { key: 'clerk', title: 'Clerk' } },
    { section: 'role' as const, key: 'chairman', body: { title: 'Chairman', key: 'chairman' } },
  ];
  const after = [
    { section: 'response_standard' as const, key: 'ward_matter', body: { category: 'ward_matter', respondWithinDays: 5, clauses: ['106'] } },
    { section: 'role' as const, key: 'chairman', body: { key: 'chairman', title: 'Chairman' } },
    { section: 'role' as const, key: 'mayor', body: { key: 'mayor', title: 'Town Mayor' } },
  ];
  expect(compareItems(before, after).map((c) => [c.section, c.key, c.change])).toEqual([
    ['response_standard', 'ward_matter', 'changed'],
    ['role', 'mayor', 'added'],
    ['role', 'clerk', 'removed'],
  ]);
});
