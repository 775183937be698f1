import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';

const CREATE = 'mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id name slug kind nation parentId version } }';
const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateCouncilInput!) { updateCouncil(id: $id, expectedVersion: $v, input: $i) { id name slug parentId version } }';
const DELETE = 'mutation($id: ID!, $v: Int!) { deleteCouncil(id: $id, expectedVersion: $v) }';

describe('councils', () => {
  let stack: Stack;
  let admin: { token: string };
  let mo: { token: string };
  let clerk: { token: string };
  const count = async () => (await stack.db.admin.query('SELECT count(*)::int AS n FROM councils')).rows[0].n;
  const row = async (id: string) => (await stack.db.admin.query('SELECT * FROM councils WHERE id = $1', [id])).rows[0];

  beforeAll(async () => {
    stack = await startStack();
    [admin, mo, clerk] = await Promise.all(
      ['admin@accord.example', 'mo.torfaen@accord.example', 'clerk.cwmbran@accord.example'].map((e) => signIn(stack.baseUrl, e)),
    );
  });
  afterAll(() => stack.stop());

  describe('bad input: BAD_USER_INPUT naming the field, nothing written', () => {
    const valid = () => ({ name: 'Pontnewydd Community Council', slug: 'pontnewydd', kind: 'COMMUNITY', nation: 'WALES', parentId: stack.db.councils.torfaen });
    test.each([
      ['slug', { slug: 'Not A Slug!' }],
      ['slug', { slug: '-leading-hyphen' }],
      ['slug', { slug: 'x' }],
      ['kind', { kind: 'CASTLE' }],
      ['nation', { nation: 'MERCIA' }],
      ['name', { name: 'x'.repeat(201) }],
      ['name', { name: '   ' }],
      ['nextReviewDue', { nextReviewDue: '2026-02-30' }],
      ['parentId', { parentId: 'not-an-id' }],
    ])('%s: %j', async (field, change) => {
      const before = await count();
      const res = await gql(stack.baseUrl, CREATE, { i: { ...valid(), ...change } }, mo);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe(field);
      expect(res.errors![0].message).toContain(field);
      expect(res.errors![0].extensions).not.toHaveProperty('stacktrace');
      expect(await count()).toBe(before);
    });

    test('a parent that would make a cycle is refused, and nothing moves', async () => {
      const child = await gql(stack.baseUrl, CREATE, { i: { ...valid(), slug: 'cycle-child', parentId: stack.db.councils.cwmbran } }, mo);
      expect(child.errors).toBeUndefined();
      const cwmbran = await row(stack.db.councils.cwmbran);
      const res = await gql(stack.baseUrl, UPDATE, { id: cwmbran.id, v: cwmbran.version, i: { parentId: child.data.createCouncil.id } }, mo);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('parentId');
      expect((await row(cwmbran.id)).parent_id).toBe(stack.db.councils.torfaen);

      // A platform admin, who may move anything, is refused too: Torfaen under its grandchild.
      const torfaen = await row(stack.db.councils.torfaen);
      const deep = await gql(stack.baseUrl, UPDATE, { id: torfaen.id, v: torfaen.version, i: { parentId: child.data.createCouncil.id } }, admin);
      expect(fieldOf(deep)).toBe('parentId');
      expect((await row(torfaen.id)).parent_id).toBeNull();
      const self = await gql(stack.baseUrl, UPDATE, { id: torfaen.id, v: torfaen.version, i: { parentId: torfaen.id } }, admin);
      expect(fieldOf(self)).toBe('parentId');
    });

    test('a bad field in an update leaves every other field as it was', async () => {
      const before = await row(stack.db.councils.cwmbran);
      const res = await gql(stack.baseUrl, UPDATE, { id: before.id, v: before.version, i: { name: 'Renamed', slug: 'BAD SLUG' } }, clerk);
      expect(fieldOf(res)).toBe('slug');
      expect(await row(before.id)).toEqual(before);
    });

    test('paging limits are checked', async () => {
      const res = await gql(stack.baseUrl, '{ councils(limit: 100000) { totalCount } }', {}, admin);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('limit');
    });
  });

  test('a slug already taken is a CONFLICT naming slug', async () => {
    const res = await gql(stack.baseUrl, CREATE, { i: { name: 'Another', slug: 'glanmor', kind: 'PARISH', nation: 'WALES', parentId: stack.db.councils.torfaen } }, mo);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(fieldOf(res)).toBe('slug');
  });

  test('no lost update: a save with a stale version is a CONFLICT and the first save stays', async () => {
    const { version } = await row(stack.db.councils.cwmbran);
    const first = await gql(stack.baseUrl, UPDATE, { id: stack.db.councils.cwmbran, v: version, i: { name: 'Cwmbran CC (first)' } }, clerk);
    expect(first.data.updateCouncil.version).toBe(version + 1);
    const second = await gql(stack.baseUrl, UPDATE, { id: stack.db.councils.cwmbran, v: version, i: { name: 'Cwmbran CC (second)' } }, mo);
    expect(codeOf(second)).toBe('CONFLICT');
    expect(second.errors![0].extensions).toMatchObject({ expectedVersion: version, actualVersion: version + 1 });
    expect((await row(stack.db.councils.cwmbran)).name).toBe('Cwmbran CC (first)');
  });

  test('two saves racing with the same version: exactly one wins', async () => {
    const { version, id } = await row(stack.db.councils.torfaen);
    const results = await Promise.all(
      ['A', 'B', 'C'].map((n) => gql(stack.baseUrl, UPDATE, { id, v: version, i: { name: `Torfaen ${n}` } }, mo)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(2);
    expect((await row(id)).version).toBe(version + 1);
  });

  describe('who may do what', () => {
    test('a clerk edits their council but cannot create councils or move theirs', async () => {
      const c = await row(stack.db.councils.cwmbran);
      const edit = await gql(stack.baseUrl, UPDATE, { id: c.id, v: c.version, i: { nextReviewDue: '2027-01-15' } }, clerk);
      expect(edit.errors).toBeUndefined();
      const create = await gql(stack.baseUrl, CREATE, { i: { name: 'New', slug: 'new-parish', kind: 'PARISH', nation: 'WALES', parentId: c.id } }, clerk);
      expect(codeOf(create)).toBe('FORBIDDEN');
      const top = await gql(stack.baseUrl, CREATE, { i: { name: 'New', slug: 'new-top', kind: 'PARISH', nation: 'WALES' } }, clerk);
      expect(codeOf(top)).toBe('BAD_USER_INPUT');
      expect(fieldOf(top)).toBe('parentId');
    });

    test('a viewer reads but cannot edit', async () => {
      await stack.db.admin.query(
        `WITH u AS (INSERT INTO users (email, display_name, password_hash) SELECT 'viewer@x.example', 'Viewer', password_hash FROM users WHERE email = 'clerk.cwmbran@accord.example' RETURNING id)
         INSERT INTO memberships (council_id, user_id, role) SELECT $1, id, 'viewer' FROM u`,
        [stack.db.councils.cwmbran],
      );
      const viewer = await signIn(stack.baseUrl, 'viewer@x.example');
      const c = await row(stack.db.councils.cwmbran);
      expect((await gql(stack.baseUrl, '{ councils { totalCount } }', {}, viewer)).data.councils.totalCount).toBe(1);
      const edit = await gql(stack.baseUrl, UPDATE, { id: c.id, v: c.version, i: { name: 'Viewer was here' } }, viewer);
      expect(codeOf(edit)).toBe('FORBIDDEN');
    });

    test('a monitoring officer creates, moves and deletes councils in their tree, but not their own council', async () => {
      const created = await gql(stack.baseUrl, CREATE, { i: { name: 'Croesyceiliog and Llanyrafon Community Council', slug: 'croesyceiliog', kind: 'COMMUNITY', nation: 'WALES', parentId: stack.db.councils.torfaen, nextReviewDue: '2027-03-31' } }, mo);
      expect(created.errors).toBeUndefined();
      const id = created.data.createCouncil.id;
      const moved = await gql(stack.baseUrl, UPDATE, { id, v: 1, i: { parentId: stack.db.councils.cwmbran } }, mo);
      expect(moved.data.updateCouncil.parentId).toBe(stack.db.councils.cwmbran);
      const outOfTree = await gql(stack.baseUrl, UPDATE, { id, v: 2, i: { parentId: stack.db.councils.glanmor } }, mo);
      expect(codeOf(outOfTree)).toBe('NOT_FOUND');

      const own = await row(stack.db.councils.torfaen);
      expect(codeOf(await gql(stack.baseUrl, DELETE, { id: own.id, v: own.version }, mo))).toBe('FORBIDDEN');
      expect(codeOf(await gql(stack.baseUrl, UPDATE, { id: own.id, v: own.version, i: { parentId: stack.db.councils.cwmbran } }, mo))).toBe('FORBIDDEN');

      const deleted = await gql(stack.baseUrl, DELETE, { id, v: 2 }, mo);
      expect(deleted.data.deleteCouncil).toBe(id);
      expect(await row(id)).toBeUndefined();
    });

    test('a council is deleted only when empty', async () => {
      const cwmbran = await row(stack.db.councils.cwmbran);
      const res = await gql(stack.baseUrl, DELETE, { id: cwmbran.id, v: cwmbran.version }, mo);
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.errors![0].message).toMatch(/member/);
      expect(await row(cwmbran.id)).toBeDefined();
    });

    test('only a platform admin creates a top-level council', async () => {
      const i = { name: 'Blaenau Gwent County Borough Council', slug: 'blaenau-gwent', kind: 'COUNTY_BOROUGH', nation: 'WALES' };
      expect(codeOf(await gql(stack.baseUrl, CREATE, { i }, mo))).toBe('BAD_USER_INPUT');
      const ok = await gql(stack.baseUrl, CREATE, { i }, admin);
      expect(ok.data.createCouncil).toMatchObject({ slug: 'blaenau-gwent', parentId: null, kind: 'COUNTY_BOROUGH', version: 1 });
    });
  });

  test('lists page, sort and filter on the server, with a total count', async () => {
    const page = await gql(
      stack.baseUrl,
      '{ councils(sort: { field: NAME, direction: DESC }, offset: 1, limit: 2) { totalCount items { name } } }',
      {},
      admin,
    );
    const all = (await stack.db.admin.query('SELECT name FROM councils ORDER BY lower(name) DESC')).rows.map((r) => r.name);
    expect(page.data.councils.totalCount).toBe(all.length);
    expect(page.data.councils.items.map((c: any) => c.name)).toEqual(all.slice(1, 3));
    const wales = await gql(stack.baseUrl, '{ councils(filter: { nation: WALES, search: "gl" }) { totalCount items { slug } } }', {}, admin);
    expect(wales.data.councils.items.map((c: any) => c.slug)).toEqual(['glanmor']);
    // Past the last page: no items, and still the total.
    const past = await gql(stack.baseUrl, '{ councils(offset: 500, limit: 10, filter: { nation: WALES }) { totalCount items { slug } } }', {}, admin);
    const welsh = (await stack.db.admin.query(`SELECT count(*)::int AS n FROM councils WHERE nation = 'wales'`)).rows[0].n;
    expect(past.data.councils).toEqual({ totalCount: welsh, items: [] });
    // LIKE's wildcards and its escape are plain characters in a search.
    for (const search of ['%', '_', '\\', "g'l"]) {
      const r = await gql(stack.baseUrl, 'query($s: String!) { councils(filter: { search: $s }) { totalCount } }', { s: search }, admin);
      expect([search, r.errors, r.data.councils.totalCount]).toEqual([search, undefined, 0]);
    }
    // A parent outside the caller's scope is null; one inside is the council itself; cut-off as HH:MM.
    await stack.db.admin.query(`UPDATE councils SET response_cut_off = '17:00' WHERE slug = 'cwmbran'`);
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const own = await gql(stack.baseUrl, '{ councils { items { slug responseCutOff parent { slug } childCount } } }', {}, clerk);
    expect(own.data.councils.items).toEqual([{ slug: 'cwmbran', responseCutOff: '17:00', parent: null, childCount: 0 }]);
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const below = await gql(stack.baseUrl, '{ councils(filter: { search: "cwmbran" }) { items { slug parent { slug name } } } }', {}, mo);
    expect(below.data.councils.items).toEqual([{ slug: 'cwmbran', parent: { slug: 'torfaen', name: expect.any(String) } }]);
  });
});

describe('the top of each caller\'s tree', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  test.each([
    ['admin@accord.example', ['ashbury', 'eastvale', 'glanmor', 'torfaen', 'westmere']],
    ['mo.torfaen@accord.example', ['torfaen']],
    ['clerk.cwmbran@accord.example', ['cwmbran']],
  ])('%s: topLevel lists %j', async (email, slugs) => {
    const who = await signIn(stack.baseUrl, email);
    const res = await gql(stack.baseUrl, '{ councils(filter: { topLevel: true }, limit: 200) { totalCount items { slug } } }', {}, who);
    expect(res.data.councils.items.map((c: any) => c.slug).sort()).toEqual(slugs);
    expect(res.data.councils.totalCount).toBe(slugs.length);
  });
});
