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

describe('outside: an adoption that has not happened yet', () => {
  let stack: Stack;
  let clerk: { token: string };
  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  });
  afterAll(() => stack?.stop());

  const ADOPT = 'mutation($id: ID!, $e: Int!, $on: String!) { adoptProtocolVersion(id: $id, expectedVersion: $e, input: { adoptedOn: $on, adoptedBy: FULL_COUNCIL }) { id status adoptedOn } }';
  const nextYear = String(new Date().getUTCFullYear() + 1);

  test.each(['2999-01-01', `${nextYear}-01-01`, `${nextYear}-06`, nextYear])('adoptProtocolVersion with adoptedOn %s: BAD_USER_INPUT naming adoptedOn; the draft stays a draft, the adopted version stays', async (on) => {
    const p = (await stack.db.admin.query('SELECT id FROM protocols WHERE council_id = $1 AND NOT is_model', [stack.db.councils.ashbury])).rows[0];
    let draft = (await stack.db.admin.query(`SELECT id, version FROM protocol_versions WHERE protocol_id = $1 AND status = 'draft'`, [p.id])).rows[0];
    if (!draft) draft = (await gql(stack.baseUrl, 'mutation($id: ID!) { startProtocolDraft(protocolId: $id) { id version } }', { id: p.id }, clerk)).data.startProtocolDraft;
    const before = (await stack.db.admin.query('SELECT id, status, adopted_on, next_review_due FROM protocol_versions WHERE protocol_id = $1 ORDER BY number', [p.id])).rows;
    const r = await gql(stack.baseUrl, ADOPT, { id: draft.id, e: draft.version, on }, clerk);
    expect({ code: codeOf(r), field: fieldOf(r) }).toEqual({ code: 'BAD_USER_INPUT', field: 'adoptedOn' });
    expect((await stack.db.admin.query('SELECT id, status, adopted_on, next_review_due FROM protocol_versions WHERE protocol_id = $1 ORDER BY number', [p.id])).rows).toEqual(before);
  });

  test('adopted today, this month or this year: accepted', async () => {
    const p = (await stack.db.admin.query('SELECT id FROM protocols WHERE council_id = $1 AND NOT is_model', [stack.db.councils.ashbury])).rows[0];
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    for (const on of [today.slice(0, 4), today.slice(0, 7), today]) {
      let draft = (await stack.db.admin.query(`SELECT id, version FROM protocol_versions WHERE protocol_id = $1 AND status = 'draft'`, [p.id])).rows[0];
      if (!draft) draft = (await gql(stack.baseUrl, 'mutation($id: ID!) { startProtocolDraft(protocolId: $id) { id version } }', { id: p.id }, clerk)).data.startProtocolDraft;
      const r = await gql(stack.baseUrl, ADOPT, { id: draft.id, e: draft.version, on }, clerk);
      expect(r.errors).toBeUndefined();
      expect(r.data.adoptProtocolVersion).toMatchObject({ status: 'ADOPTED', adoptedOn: on });
    }
  });
});
