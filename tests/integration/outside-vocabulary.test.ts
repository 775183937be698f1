/**
 * An outsider's vocabulary keys (format 2 takes any role, concern kind or category key "in either
 * case"): names of JavaScript's own object properties, keys that are almost right, and very long ones,
 * in every operation that takes a key. Each answers or refuses with a 4xx code and a short message;
 * none is a 500, and no key reaches into the code's own objects.
 */
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

describe('outside: odd vocabulary keys', () => {
  let stack: Stack;
  let clerk: { token: string };

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  });
  afterAll(() => stack?.stop());

  // Each lower-cases to a valid key shape; several are properties every JavaScript object has.
  const KEYS = ['constructor', 'CONSTRUCTOR', 'hasOwnProperty', 'valueOf', 'toString', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'proto', 'x'.repeat(60)];
  const TOO_LONG = 'y'.repeat(5000);

  const ops: [string, string, (k: string) => Record<string, unknown>][] = [
    [
      'openCase (category)',
      'mutation($c: ID!, $k: VocabularyKey) { openCase(input: { councilId: $c, kind: ENQUIRY, category: $k, raisedByRole: MEMBER, raisedByName: "Cllr X", subject: "Odd key" }) { id } }',
      (k) => ({ c: stack.db.councils.ashbury, k }),
    ],
    [
      'openCase (concern)',
      'mutation($c: ID!, $k: VocabularyKey) { openCase(input: { councilId: $c, kind: CONCERN, concern: $k, raisedByRole: MEMBER, raisedByName: "Cllr X", subject: "Odd key" }) { id } }',
      (k) => ({ c: stack.db.councils.ashbury, k }),
    ],
    [
      'openCase (raisedByRole)',
      'mutation($c: ID!, $k: VocabularyKey!) { openCase(input: { councilId: $c, kind: ENQUIRY, category: WARD_MATTER, raisedByRole: $k, raisedByName: "Cllr X", subject: "Odd key" }) { id } }',
      (k) => ({ c: stack.db.councils.ashbury, k }),
    ],
    [
      'openCase (aboutRole)',
      'mutation($c: ID!, $k: VocabularyKey) { openCase(input: { councilId: $c, kind: CONCERN, concern: MEMBER_ABOUT_OFFICER, aboutRole: $k, raisedByRole: MEMBER, raisedByName: "Cllr X", subject: "Odd key" }) { id } }',
      (k) => ({ c: stack.db.councils.ashbury, k }),
    ],
    ['escalationRoute (concern)', 'query($c: ID!, $k: VocabularyKey!) { escalationRoute(councilId: $c, concern: $k) { steps { index } } }', (k) => ({ c: stack.db.councils.ashbury, k })],
    [
      'escalationRoute (about, raisedBy, chainId, category)',
      'query($c: ID!, $k: VocabularyKey) { escalationRoute(councilId: $c, concern: MEMBER_ABOUT_OFFICER, about: $k, raisedBy: $k, chainId: $k, category: $k) { steps { index } } }',
      (k) => ({ c: stack.db.councils.ashbury, k }),
    ],
    [
      'responseDeadlines (category)',
      'query($c: ID!, $k: EnquiryCategoryKey!) { responseDeadlines(councilId: $c, category: $k, receivedAt: "2026-01-05T10:00:00Z") { respondBy } }',
      (k) => ({ c: stack.db.councils.ashbury, k }),
    ],
    [
      'accessDecision (role)',
      'query($c: ID!, $k: VocabularyKey!) { accessDecision(councilId: $c, classification: CONFIDENTIAL, requester: { role: $k }) { allowed } }',
      (k) => ({ c: stack.db.councils.ashbury, k }),
    ],
    ['addOfficeHolder (roleKey)', 'mutation($c: ID!, $k: VocabularyKey!) { addOfficeHolder(councilId: $c, input: { roleKey: $k, name: "Odd" }) { id } }', (k) => ({ c: stack.db.councils.ashbury, k })],
  ];

  const cases = ops.flatMap(([name, query, vars]) => KEYS.map((k) => [name, k.length > 20 ? `${k.slice(0, 8)}…(${k.length})` : k, query, vars, k] as const));

  test.each(cases)('%s with %s: an answer or a 4xx code, never a 500', async (_name, _label, query, vars, key) => {
    const before = (await stack.db.admin.query('SELECT (SELECT count(*) FROM cases)::int AS c, (SELECT count(*) FROM office_holders)::int AS h')).rows[0];
    const r = await gql(stack.baseUrl, query, vars(key), clerk);
    expect(r.status).toBeLessThan(500);
    if (r.errors) {
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codeOf(r));
      expect(r.errors[0]!.message.length).toBeLessThan(300);
      expect(r.errors[0]!.message).not.toMatch(/function|\[object|undefined|null/);
    }
    const after = (await stack.db.admin.query('SELECT (SELECT count(*) FROM cases)::int AS c, (SELECT count(*) FROM office_holders)::int AS h')).rows[0];
    // None of these keys is in Ashbury's protocol: nothing is opened or added with it.
    expect(after).toEqual(before);
  });

  test.each(ops)('%s with a 5,000-character key: BAD_USER_INPUT with a short message', async (_name, query, vars) => {
    const r = await gql(stack.baseUrl, query, vars(TOO_LONG), clerk);
    expect(r.status).toBeLessThan(500);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message.length).toBeLessThan(300);
  });
});
