import { clauseProblems, deriveClauseId, withClauseIds } from './clauses';

/** Issue 12, point 2: clauses as written. */
test.each([
  [{ number: '4.2' }, 0, [], '4.2'],
  [{ number: '1.', section: 'roles' }, 3, [], 'roles.1.'],
  [{ number: null }, 6, [], 'p7'],
  [{ number: '(a)' }, 0, [], '(a)'], // a version-1 number is its id as written
  [{ number: '1.' }, 0, ['1.'], '1.-2'],
  [{ number: null }, 0, ['p1'], 'p1-2'],
])('deriveClauseId(%j, %d, taken %j) = %s', (clause, index, taken, want) =>
  expect(deriveClauseId(clause as never, index, new Set(taken))).toBe(want),
);

test('ids are kept, and derived ones never take another clause\'s', () => {
  const out = withClauseIds([
    { number: '1.', text: 'a' },
    { id: '1.', number: '9', text: 'b' },
    { number: null, text: 'c' },
  ]);
  expect(out.map((c) => c.id)).toEqual(['1.-2', '1.', 'p3']);
});

test.each([
  ['numbers restart in each section', [{ id: 'a1', number: '1.', section: 'a', text: 'x' }, { id: 'b1', number: '1.', section: 'b', text: 'y' }], []],
  ['unnumbered paragraphs need no number', [{ id: 'p1', number: null, text: 'x' }, { id: 'p2', number: null, text: 'y' }], []],
  ['a number twice in one section', [{ id: 'a1', number: '1.', section: 'a', text: 'x' }, { id: 'a2', number: '1.', section: 'a', text: 'y' }], ['clauses[1].number']],
  ['an id twice', [{ id: 'x', number: '1', text: 'x' }, { id: 'x', number: '2', text: 'y' }], ['clauses[1].id']],
  ['a section that does not exist', [{ id: 'x', number: '1', section: 'zz', text: 'x' }], ['clauses[0].section']],
  ['empty text', [{ id: 'x', number: '1', text: '  ' }], ['clauses[0].text']],
])('%s', (_what, clauses, paths) => {
  const sections = [{ id: 'a', heading: 'A' }, { id: 'b', heading: 'B' }];
  expect(clauseProblems(clauses as never, sections).map((p) => p.path)).toEqual(paths);
});
