import { startStack, type Stack } from '../support/stack';
import { countStatements } from '../support/statements';
import { gql, signIn } from '../support/graphql';

/** No N+1: the number of SQL statements a list request makes does not grow with the rows it returns. */
describe('query count', () => {
  let stack: Stack;
  let spy: ReturnType<typeof countStatements>;

  beforeAll(async () => {
    stack = await startStack();
    spy = countStatements();
  });
  afterAll(async () => {
    spy.restore();
    await stack.stop();
  });

  const addParishes = (n: number, from: number) =>
    stack.db.admin.query(
      `INSERT INTO councils (name, slug, kind, nation, parent_id)
       SELECT 'Parish ' || i, 'parish-' || i, 'parish', 'wales', $1 FROM generate_series($2::int, $3::int) i`,
      [stack.db.councils.cwmbran, from, from + n - 1],
    );

  test('councils with parent, children and child count: the same statements for 5 rows as for 60', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const query = '{ councils(limit: 200) { totalCount items { name hasAdoptedProtocol parent { name hasAdoptedProtocol } children { name hasAdoptedProtocol } childCount } } }';
    const measure = async () => {
      spy.count = 0;
      const res = await gql(stack.baseUrl, query, {}, mo);
      expect(res.errors).toBeUndefined();
      return { rows: res.data.councils.items.length, statements: spy.count };
    };
    await addParishes(3, 1);
    const small = await measure();
    await addParishes(55, 100);
    const large = await measure();
    expect(large.rows).toBe(small.rows + 55);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeGreaterThanOrEqual(3); // begin, scope, list, count, loaders: the spy sees them
    expect(small.statements).toBeLessThanOrEqual(8);
  });

  test('hasAdoptedProtocol: true only where a protocol is adopted, the same from the list, a parent and children; the filter agrees', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const { rows } = await stack.db.admin.query(
      `SELECT c.id, EXISTS (SELECT 1 FROM protocols p JOIN protocol_versions v ON v.protocol_id = p.id
                            WHERE p.council_id = c.id AND NOT p.is_model AND v.status = 'adopted') AS adopted
       FROM councils c WHERE c.id = ANY($1)`,
      [[stack.db.councils.torfaen, stack.db.councils.cwmbran]],
    );
    const expected = Object.fromEntries(rows.map((r: { id: string; adopted: boolean }) => [r.id, r.adopted]));
    // The demo: Cwmbran has one, Torfaen (its monitoring officer's own council) has none.
    expect(expected).toEqual({ [stack.db.councils.cwmbran]: true, [stack.db.councils.torfaen]: false });
    const res = await gql(
      stack.baseUrl,
      `query($t: ID!, $c: ID!) {
        list: councils(filter: { ids: [$t, $c] }) { items { id hasAdoptedProtocol } }
        torfaen: council(id: $t) { hasAdoptedProtocol children { id hasAdoptedProtocol } }
        cwmbran: council(id: $c) { hasAdoptedProtocol parent { hasAdoptedProtocol } }
        with: councils(filter: { hasAdoptedProtocol: true }, limit: 200) { items { id } }
        without: councils(filter: { hasAdoptedProtocol: false }, limit: 200) { items { id } }
      }`,
      { t: stack.db.councils.torfaen, c: stack.db.councils.cwmbran },
      mo,
    );
    expect(res.errors).toBeUndefined();
    const d = res.data;
    expect(Object.fromEntries(d.list.items.map((i: { id: string; hasAdoptedProtocol: boolean }) => [i.id, i.hasAdoptedProtocol]))).toEqual(expected);
    expect(d.torfaen.hasAdoptedProtocol).toBe(false);
    expect(d.torfaen.children.find((k: { id: string }) => k.id === stack.db.councils.cwmbran).hasAdoptedProtocol).toBe(true);
    expect(d.cwmbran).toEqual({ hasAdoptedProtocol: true, parent: { hasAdoptedProtocol: false } });
    expect(d.with.items.map((i: { id: string }) => i.id)).toEqual([stack.db.councils.cwmbran]);
    expect(d.without.items.map((i: { id: string }) => i.id)).toContain(stack.db.councils.torfaen);
    expect(d.without.items.map((i: { id: string }) => i.id)).not.toContain(stack.db.councils.cwmbran);
  });

  test('users with memberships and their councils: constant statements', async () => {
    const admin = await signIn(stack.baseUrl, 'admin@accord.example');
    const query = '{ users(limit: 200) { items { email memberships { role council { name parent { name } } } } } }';
    spy.count = 0;
    const res = await gql(stack.baseUrl, query, {}, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.users.items.length).toBeGreaterThanOrEqual(8);
    expect(spy.count).toBeLessThanOrEqual(8);
  });
});
