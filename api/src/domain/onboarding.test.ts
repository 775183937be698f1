import { checkRows, columnOf, kindOf, slugOf, type BulkRow, type Known } from './onboarding';

describe('bulk onboarding, the pure part', () => {
  test.each([
    ['name', 'name'],
    ['Council name', 'name'],
    ['kind', 'kind'],
    ['Parent', 'parent'],
    ["Clerk's name", 'clerkName'],
    ['clerk_name', 'clerkName'],
    ["Clerk's e-mail", 'clerkEmail'],
    ['Clerk Email Address', 'clerkEmail'],
    ['phone', null],
  ])('header %p is column %p', (header, column) => expect(columnOf(header)).toBe(column));

  test.each([
    ['community', 'community'],
    ['Community council', 'community'],
    ['COUNTY_BOROUGH', 'county_borough'],
    ['County borough', 'county_borough'],
    ['london-borough', 'london_borough'],
    ['hamlet', null],
    ['', null],
  ])('kind %p is %p', (text, kind) => expect(kindOf(text)).toBe(kind));

  test.each([
    ['Pontnewydd Community Council', 'pontnewydd-community-council'],
    ['Cyngor Cymuned Llanfihangel Llantarnâm', 'cyngor-cymuned-llanfihangel-llantarnam'],
    ['Ynys Môn & Llŷn', 'ynys-mon-and-llyn'],
    ['  Pen-y-bont  ', 'pen-y-bont'],
    ['???', ''],
  ])('slug of %p is %p', (name, slug) => expect(slugOf(name)).toBe(slug));

  const known: Known = {
    parentAllowed: (t) => t === 'torfaen',
    hasDefaultParent: true,
    nameTaken: (n) => n === 'cwmbran community council',
    slugTaken: (s) => s === 'glanmor',
  };
  const row = (r: Partial<BulkRow> & { row: number }): BulkRow => ({ name: `Council ${r.row}`, kind: '', parent: '', clerkName: 'A Clerk', clerkEmail: `c${r.row}@example.org`, ...r });
  test.each<[string, BulkRow[], string[]]>([
    ['a good row', [row({ row: 1 })], []],
    ['empty required fields', [row({ row: 1, name: ' ', clerkName: '', clerkEmail: '' })], ['1 name required', '1 clerkName required', '1 clerkEmail required']],
    ['a bad kind', [row({ row: 1, kind: 'hamlet' })], ['1 kind kind']],
    ['an unknown parent', [row({ row: 1, parent: 'Ashbury' })], ['1 parent parentUnknown']],
    ['a bad e-mail', [row({ row: 1, clerkEmail: 'nobody' })], ['1 clerkEmail email']],
    ['a name taken', [row({ row: 1, name: 'Cwmbran Community Council' })], ['1 name nameTaken']],
    ['a slug taken', [row({ row: 1, name: 'Glanmor' })], ['1 name slugTaken']],
    ['no usable slug', [row({ row: 1, name: '???' })], ['1 name slug']],
    // One clerk may serve several councils: their address on several rows, or an account they have already, is no problem.
    ['one clerk for two councils', [row({ row: 1, clerkEmail: 'x@example.org' }), row({ row: 2, clerkEmail: 'X@Example.org ' })], []],
    [
      'duplicates in the file name the first row',
      [row({ row: 1, name: 'Llanfair', clerkEmail: 'x@example.org' }), row({ row: 2, name: 'LLANFAIR', clerkEmail: 'X@example.org' }), row({ row: 3, name: 'Llanfair!' })],
      ['2 name duplicateName 1', '3 name duplicateSlug 1'],
    ],
  ])('%s', (_what, rows, expected) => {
    expect(checkRows(rows, known).map((p) => [p.row, p.column, p.problem, p.other].filter((x) => x !== undefined).join(' '))).toEqual(expected);
  });

  test('without a default parent, an empty parent is required', () => {
    expect(checkRows([row({ row: 1 })], { ...known, hasDefaultParent: false }).map((p) => p.problem)).toEqual(['required']);
  });
});
