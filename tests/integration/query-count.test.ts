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
    const query = '{ councils(limit: 200) { totalCount items { name parent { name } children { name } childCount } } }';
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
