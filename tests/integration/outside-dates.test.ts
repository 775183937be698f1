import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';

/**
 * Dates an outsider sends where the working-day calendar counts: a council closure in a year the
 * calendar does not know (1900, 9999) counts for nothing and is refused like a deadline there is
 * (BAD_USER_INPUT naming the field and the years it knows), and nothing is written.
 */
describe('outside: dates beyond the calendar', () => {
  let stack: Stack;
  let clerk: { token: string };
  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  });
  afterAll(() => stack?.stop());

  const ADD = 'mutation($c: ID!, $d: LocalDate!) { addCouncilClosure(councilId: $c, date: $d) { id date } }';
  const closures = async () => (await stack.db.admin.query('SELECT count(*)::int AS n FROM council_closures WHERE council_id = $1', [stack.db.councils.ashbury])).rows[0].n as number;

  test.each(['1900-01-01', '2011-12-30', '2100-01-01', '9999-12-31'])('addCouncilClosure on %s: BAD_USER_INPUT naming date and the years known, nothing written', async (d) => {
    const before = await closures();
    const r = await gql(stack.baseUrl, ADD, { c: stack.db.councils.ashbury, d }, clerk);
    expect({ code: codeOf(r), field: fieldOf(r) }).toEqual({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(r.errors![0]!.message).toMatch(/20\d\d/);
    expect(await closures()).toBe(before);
  });

  test('the edges of the calendar are accepted', async () => {
    for (const d of ['2012-01-03', '2099-12-30']) {
      const r = await gql(stack.baseUrl, ADD, { c: stack.db.councils.ashbury, d }, clerk);
      expect(r.errors).toBeUndefined();
      expect(r.data.addCouncilClosure.date).toBe(d);
    }
  });
});
