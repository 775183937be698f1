import { nameProblem, slugProblem, wouldCycle } from './councils';

describe('slugProblem', () => {
  test.each([
    ['cwmbran', null],
    ['blaenau-gwent', null],
    ['a1', null],
    ['x'.repeat(63), null],
    ['x'.repeat(64), 'length'],
    ['x', 'length'],
    ['Cwmbran', 'pattern'],
    ['-cwmbran', 'pattern'],
    ['cwmbran-', 'pattern'],
    ['cwm bran', 'pattern'],
    ['cwmbrân', 'pattern'],
  ])('%j', (slug, expected) => {
    const problem = slugProblem(slug);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected === 'length' ? /2 to 63/ : /lower-case/);
  });
});

describe('nameProblem', () => {
  test.each([
    ['Cwmbran Community Council', null],
    ['   ', /empty/],
    ['', /empty/],
    ['x'.repeat(200), null],
    ['x'.repeat(201), /at most 200/],
  ])('%j', (name, expected) => {
    const problem = nameProblem(name);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('wouldCycle', () => {
  // county -> borough -> parish -> ward
  const parents: Record<string, string | null> = { county: null, borough: 'county', parish: 'borough', ward: 'parish', other: null };
  const parentOf = (id: string) => parents[id];
  test.each([
    ['county', 'ward', true],
    ['county', 'parish', true],
    ['borough', 'borough', true],
    ['parish', 'county', false],
    ['ward', 'other', false],
    ['county', null, false],
    ['other', 'ward', false],
  ] as const)('moving %s under %s: %s', (id, parent, expected) => {
    expect(wouldCycle(id, parent, parentOf)).toBe(expected);
  });

  test('an existing cycle in the data does not loop forever', () => {
    const loop: Record<string, string> = { a: 'b', b: 'a' };
    expect(wouldCycle('x', 'a', (id) => loop[id])).toBe(true);
  });
});
