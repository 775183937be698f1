import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

/**
 * Every edit of a draft racing that draft's discard (issue 12 with the API hardening issue):
 * whichever commits first wins; the other answers CONFLICT or NOT_FOUND with a short message,
 * never a 500, and nothing of the edit is left behind a discarded draft.
 */
describe('edits of a draft racing its discard', () => {
  let stack: Stack;
  let clerk: { token: string };
  let protocolId: string;

  const START = 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }';
  const READ = 'query($id: ID!) { protocolVersion(id: $id) { id version clauses { id key version } rules { id key section version body } } }';
  const DISCARD = 'mutation($v: ID!, $e: Int!) { discardDraft(versionId: $v, expectedVersion: $e) }';

  type Draft = { id: string; version: number; clauses: { id: string; key: string; version: number }[]; rules: { id: string; key: string; section: string; version: number; body: unknown }[] };
  const edits: [string, (d: Draft) => [string, Record<string, unknown>]][] = [
    ['addProtocolClause', (d) => ['mutation($v: ID!) { addProtocolClause(versionId: $v, input: { number: "99", text: "Raced" }) { id } }', { v: d.id }]],
    ['updateProtocolClause', (d) => ['mutation($id: ID!, $e: Int!) { updateProtocolClause(id: $id, expectedVersion: $e, input: { text: "Raced" }) { id } }', { id: d.clauses[1].id, e: d.clauses[1].version }]],
    ['moveProtocolClause', (d) => ['mutation($id: ID!, $e: Int!) { moveProtocolClause(id: $id, expectedVersion: $e, after: null) { id } }', { id: d.clauses[2].id, e: d.clauses[2].version }]],
    ['removeProtocolClause', (d) => ['mutation($id: ID!, $e: Int!) { removeProtocolClause(id: $id, expectedVersion: $e) }', { id: d.clauses[0].id, e: d.clauses[0].version }]],
    ['saveProtocolRule', (d) => {
      const r = d.rules[d.rules.length - 1];
      return ['mutation($v: ID!, $s: RuleSection!, $r: JSON!, $k: String, $e: Int) { saveProtocolRule(versionId: $v, section: $s, rule: $r, key: $k, expectedVersion: $e) { id } }', { v: d.id, s: r.section, r: r.body, k: r.key, e: r.version }];
    }],
    ['removeProtocolRule', (d) => ['mutation($id: ID!, $e: Int!) { removeProtocolRule(id: $id, expectedVersion: $e) }', { id: d.rules[0].id, e: d.rules[0].version }]],
    ['setProtocolReview', (d) => ['mutation($id: ID!, $e: Int!) { setProtocolReview(id: $id, expectedVersion: $e, input: { reviewEveryMonths: 12 }) { id } }', { id: d.id, e: d.version }]],
    ['adoptProtocolVersion', (d) => ['mutation($id: ID!, $e: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $e, input: { keepNextReviewDue: true }) { id } }', { id: d.id, e: d.version }]],
  ];

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    protocolId = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: stack.db.councils.kingsford }, clerk)).data.protocol.id;
  });
  afterEach(async () => {
    // A round that failed leaves no draft for the next test to trip over.
    await stack.db.admin.query("DELETE FROM protocol_versions WHERE protocol_id = $1 AND status = 'draft'", [protocolId]);
  });
  afterAll(() => stack.stop());

  test.each(edits)('%s racing discardDraft, 6 rounds: one clean outcome each time', async (name, make) => {
    for (let round = 0; round < 6; round++) {
      const started = (await gql(stack.baseUrl, START, { p: protocolId }, clerk)).data?.startProtocolDraft;
      expect(started).toBeTruthy();
      const d: Draft = (await gql(stack.baseUrl, READ, { id: started.id }, clerk)).data.protocolVersion;
      const [query, vars] = make(d);
      const [edit, gone] = await Promise.all([gql(stack.baseUrl, query, vars, clerk), gql(stack.baseUrl, DISCARD, { v: d.id, e: d.version }, clerk)]);
      for (const r of [edit, gone]) {
        if (!r.errors) continue;
        expect([name, codeOf(r)]).toEqual([name, expect.stringMatching(/^(CONFLICT|NOT_FOUND)$/)]);
        expect(r.errors[0].message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|Internal/);
      }
      // Whatever happened, the draft is either gone with nothing left, or still there (or adopted) and readable.
      const left = await stack.db.admin.query('SELECT count(*)::int AS n FROM protocol_versions WHERE id = $1', [d.id]);
      if (!gone.errors) {
        expect(left.rows[0].n).toBe(0);
        expect((await stack.db.admin.query('SELECT count(*)::int AS n FROM protocol_clauses WHERE version_id = $1', [d.id])).rows[0].n).toBe(0);
      } else {
        expect(left.rows[0].n).toBe(1);
        const now = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { version status } }', { id: d.id }, clerk)).data.protocolVersion;
        if (now.status === 'DRAFT') await gql(stack.baseUrl, DISCARD, { v: d.id, e: now.version }, clerk);
      }
    }
  });
});
