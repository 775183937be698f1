/**
 * The five seed councils answer what their texts say (issue 15), asked through GraphQL on the demo
 * data as an integration would. Each row cites the clause of the council's own text it checks.
 */
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

const ACCESS = `query($c: ID!, $cl: Classification!, $r: AccessRequesterInput!) {
  accessDecision(councilId: $c, classification: $cl, requester: $r) { decision allowed reason through clauses { number } } }`;
const ROUTE = `query($c: ID!, $k: ConcernKind!, $a: RoleKey, $cat: EnquiryCategory) {
  escalationRoute(councilId: $c, concern: $k, about: $a, category: $cat) { chain { clauses } steps { handler skipped clauses { number } } } }`;

describe('the seed councils answer what their texts say', () => {
  let stack: Stack;
  let admin: { token: string };

  beforeAll(async () => {
    stack = await startStack();
    admin = await signIn(stack.baseUrl, 'admin@accord.example');
  });
  afterAll(() => stack.stop());

  // [council, clause, classification, requester role, decision, through]
  test.each([
    ['cwmbran', '18', 'CONFIDENTIAL', 'CHAIRMAN', 'ALLOWED', 'MEMBER'],
    ['cwmbran', '20', 'EXEMPT', 'VICE_CHAIRMAN', 'ALLOWED', 'MEMBER'],
    ['cwmbran', '18', 'CONFIDENTIAL', 'MEMBER', 'ALLOWED', null],
    ['cwmbran', '18', 'CONFIDENTIAL', 'OMBUDSMAN', 'REFUSED', null],
    // Cwmbran says nothing of employee information: a silence, not a refusal.
    ['cwmbran', '-', 'EMPLOYEE_PERSONAL', 'MEMBER', 'NOT_COVERED', null],
  ])('%s clause %s: %s to a %s is %s', async (slug, _clause, cl, role, decision, through) => {
    const res = await gql(stack.baseUrl, ACCESS, { c: stack.db.councils[slug], cl, r: { role } }, admin);
    expect(res.errors).toBeUndefined();
    expect([res.data.accessDecision.decision, res.data.accessDecision.through]).toEqual([decision, through]);
    if (through) expect(res.data.accessDecision.reason).toMatch(/is a member/);
  });

  test('Cwmbran clause 15: a concern about the Clerk goes first to the Chairman, with or without `about`', async () => {
    for (const about of [null, 'CLERK']) {
      const res = await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.cwmbran, k: 'ABOUT_CLERK', a: about }, admin);
      expect(res.errors).toBeUndefined();
      expect(res.data.escalationRoute.steps[0]).toMatchObject({ handler: 'CHAIRMAN', skipped: null });
      expect(res.data.escalationRoute.steps[0].clauses.map((c: { number: string }) => c.number)).toContain('15');
    }
  });

  test('Kingsford clause 26: a concern about the Town Clerk is raised with the Town Clerk first, then the Disciplinary Procedure', async () => {
    const res = await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.kingsford, k: 'ABOUT_CLERK' }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.escalationRoute.steps.map((s: { handler: string; skipped: string | null }) => [s.handler, s.skipped])).toEqual([
      ['CLERK', null],
      ['FULL_COUNCIL', null],
    ]);
  });

  test('Glanmor: a route step shows everyone it names, not only those told (jointly with the Group Leader)', async () => {
    const res = await gql(
      stack.baseUrl,
      `query($c: ID!) { escalationRoute(councilId: $c, concern: MEMBER_ABOUT_OFFICER) { steps { handler notify { key } mayNotify { key } jointWith { key } consult { key } } } }`,
      { c: stack.db.councils.glanmor },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const named = res.data.escalationRoute.steps.flatMap((s: Record<string, { key: string }[]>) => [...s.mayNotify, ...s.jointWith, ...s.consult].map((r) => r.key));
    expect(named).toContain('GROUP_LEADER');
  });

  test('no route (Cwmbran keeps none for party group difficulties): a plain NOT_FOUND naming the concern, no internal id', async () => {
    const res = await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.cwmbran, k: 'PARTY_GROUP_DIFFICULTY' }, admin);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors![0].message).toMatch(/party group difficulty/);
    expect(res.errors![0].message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
