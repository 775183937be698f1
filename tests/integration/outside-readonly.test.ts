import { createSchema } from '@accord/api';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn, type Credential } from '../support/graphql';

/**
 * Read-only callers of a council (a `viewer` membership, an API key) try every mutation on their
 * OWN council's real records: each is refused (FORBIDDEN; NOT_FOUND for what they cannot see;
 * UNAUTHENTICATED where only a person may act) and nothing in the database changes.
 */
describe('outside: read-only callers try every mutation on their own council', () => {
  let stack: Stack;
  let clerk: { token: string };
  const who: Record<string, Credential> = {};
  const A: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack();
    const a = stack.db.admin;
    const c = stack.db.councils.ashbury;
    A.council = c;
    clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const made = await gql(
      stack.baseUrl,
      'mutation($c: ID!) { createUser(input: { email: "viewer.ashbury@example.org", displayName: "Viewer", password: "a-long-enough-passphrase-9", councilId: $c, role: VIEWER }) { id } }',
      { c },
      clerk,
    );
    expect(made.errors).toBeUndefined();
    A.viewerUser = made.data.createUser.id;
    who.viewer = await signIn(stack.baseUrl, 'viewer.ashbury@example.org', 'a-long-enough-passphrase-9');
    const key = await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Site", councilId: $c }) { secret apiKey { id } } }', { c }, clerk);
    who.apiKey = { apiKey: key.data.createApiKey.secret };
    A.apiKey = key.data.createApiKey.apiKey.id;
    A.clerkUser = stack.db.users['clerk.ashbury@accord.example']!;
    A.membership = (await a.query('SELECT id FROM memberships WHERE council_id = $1 AND user_id = $2', [c, A.clerkUser])).rows[0].id;
    A.protocol = (await a.query('SELECT id FROM protocols WHERE council_id = $1 AND NOT is_model', [c])).rows[0].id;
    A.adopted = (await a.query(`SELECT id FROM protocol_versions WHERE protocol_id = $1 AND status = 'adopted'`, [A.protocol])).rows[0].id;
    const draft = await gql(stack.baseUrl, 'mutation($id: ID!) { startProtocolDraft(protocolId: $id) { id } }', { id: A.protocol }, clerk);
    expect(draft.errors).toBeUndefined();
    A.draft = draft.data.startProtocolDraft.id;
    A.clause = (await a.query('SELECT id FROM protocol_clauses WHERE version_id = $1 LIMIT 1', [A.draft])).rows[0].id;
    A.item = (await a.query('SELECT id FROM protocol_items WHERE version_id = $1 LIMIT 1', [A.draft])).rows[0].id;
    A.holder = (await a.query('SELECT id FROM office_holders WHERE council_id = $1 LIMIT 1', [c])).rows[0].id;
    A.notification = (await a.query(`INSERT INTO notifications (council_id, kind, dedupe_key, subject, body) VALUES ($1, 'review_due', 'k', 's', 'b') RETURNING id`, [c])).rows[0].id;
    A.closure = (await a.query(`INSERT INTO council_closures (council_id, date, reason) VALUES ($1, '2026-12-29', 'Christmas') RETURNING id`, [c])).rows[0].id;
    A.import = (await a.query(`INSERT INTO protocol_imports (council_id, filename, size, status) VALUES ($1, 'a.txt', 1, 'queued') RETURNING id`, [c])).rows[0].id;
    A.reviewTask = (await a.query(`INSERT INTO review_tasks (council_id, due_on) VALUES ($1, '2027-01-31') RETURNING id`, [c])).rows[0].id;
    A.feed = (await a.query(`INSERT INTO calendar_feeds (council_id, name, token_hash) VALUES ($1, 'Ashbury deadlines', '\\x01') RETURNING id`, [c])).rows[0].id;
    const opened = await gql(
      stack.baseUrl,
      'mutation($c: ID!) { openCase(input: { councilId: $c, kind: ENQUIRY, category: WARD_MATTER, raisedByRole: MEMBER, raisedByName: "Cllr A", subject: "Potholes" }) { id } }',
      { c },
      clerk,
    );
    expect(opened.errors).toBeUndefined();
    A.case = opened.data.openCase.id;
  }, 60_000);
  afterAll(() => stack?.stop());

  const snapshot = async () =>
    (
      await stack.db.admin.query(
        `SELECT (SELECT json_agg(c ORDER BY id) FROM councils c) AS c, (SELECT json_agg(m ORDER BY id) FROM memberships m) AS m,
                (SELECT json_agg(k ORDER BY id) FROM (SELECT id, council_id, name, revoked_at FROM api_keys) k) AS k,
                (SELECT json_agg(u ORDER BY id) FROM (SELECT id, email, display_name, password_hash, version FROM users) u) AS u,
                (SELECT json_agg(n ORDER BY id) FROM notifications n) AS n, (SELECT json_agg(p ORDER BY id) FROM protocols p) AS p,
                (SELECT json_agg(v ORDER BY id) FROM protocol_versions v) AS v, (SELECT json_agg(x ORDER BY id) FROM protocol_clauses x) AS pc,
                (SELECT json_agg(i ORDER BY id) FROM protocol_items i) AS pi, (SELECT json_agg(h ORDER BY id) FROM office_holders h) AS h,
                (SELECT json_agg(d ORDER BY id) FROM council_closures d) AS d, (SELECT json_agg(x ORDER BY id) FROM cases x) AS cases,
                (SELECT count(*) FROM case_events) AS events, (SELECT json_agg(t ORDER BY id) FROM review_tasks t) AS tasks,
                (SELECT json_agg(f ORDER BY id) FROM calendar_feeds f) AS feeds, (SELECT json_agg(x ORDER BY id) FROM (SELECT id, status, version, draft_version_id FROM protocol_imports) x) AS imports`,
      )
    ).rows[0];

  const mutations: [operation: string, query: string, vars: () => Record<string, unknown>][] = [
    ['addCaseNote', 'mutation($id: ID!) { addCaseNote(id: $id, note: "mine") { id } }', () => ({ id: A.case })],
    ['addCouncilClosure', 'mutation($c: ID!) { addCouncilClosure(councilId: $c, date: "2026-12-24") { id } }', () => ({ c: A.council })],
    ['addMembership', 'mutation($u: ID!, $c: ID!) { addMembership(input: { userId: $u, councilId: $c, role: CLERK }) { id } }', () => ({ u: A.viewerUser, c: A.council })],
    ['addOfficeHolder', 'mutation($c: ID!) { addOfficeHolder(councilId: $c, input: { roleKey: CLERK, name: "x" }) { id } }', () => ({ c: A.council })],
    ['addProtocolClause', 'mutation($v: ID!) { addProtocolClause(versionId: $v, input: { number: "99", text: "x" }) { id } }', () => ({ v: A.draft })],
    [
      'adoptProtocolVersion',
      'mutation($id: ID!) { adoptProtocolVersion(id: $id, expectedVersion: 1, input: { adoptedOn: "2026-01-01", adoptedBy: FULL_COUNCIL }) { id } }',
      () => ({ id: A.draft }),
    ],
    ['createApiKey', 'mutation($c: ID!) { createApiKey(input: { name: "Mine", councilId: $c }) { secret } }', () => ({ c: A.council })],
    ['createCalendarFeed', 'mutation($c: ID!) { createCalendarFeed(councilId: $c, name: "Mine") { url } }', () => ({ c: A.council })],
    [
      'createCouncil',
      'mutation($p: ID!) { createCouncil(input: { name: "Under A", slug: "under-a", kind: PARISH, nation: ENGLAND, parentId: $p }) { id } }',
      () => ({ p: A.council }),
    ],
    ['createDraftFromImport', 'mutation($id: ID!) { createDraftFromImport(id: $id, expectedVersion: 1, input: { accept: [] }) { notes } }', () => ({ id: A.import })],
    ['createDraftFollowingModel', 'mutation($id: ID!) { createDraftFollowingModel(id: $id, expectedVersion: 1) { notes } }', () => ({ id: A.import })],
    ['createModelProtocol', 'mutation($c: ID!) { createModelProtocol(councilId: $c, title: "x") { id } }', () => ({ c: A.council })],
    ['createProtocol', 'mutation($c: ID!) { createProtocol(councilId: $c) { id } }', () => ({ c: A.council })],
    [
      'createUser',
      'mutation($c: ID!) { createUser(input: { email: "new@x.example", displayName: "N", password: "long-enough-password-9", councilId: $c, role: CLERK }) { id } }',
      () => ({ c: A.council }),
    ],
    ['deleteCouncil', 'mutation($id: ID!) { deleteCouncil(id: $id, expectedVersion: 1) }', () => ({ id: A.council })],
    ['discardDraft', 'mutation($v: ID!) { discardDraft(versionId: $v, expectedVersion: 1) }', () => ({ v: A.draft })],
    ['followModelProtocol', 'mutation($id: ID!) { followModelProtocol(id: $id, expectedVersion: 1, modelId: null) { id } }', () => ({ id: A.protocol })],
    ['importProtocolDocument', 'mutation($v: ID!, $t: String!) { importProtocolDocument(versionId: $v, expectedVersion: 1, text: $t) { id } }', () => ({ v: A.draft, t: 'title: Mine now\nclauses: []' })],
    ['inviteUser', 'mutation($c: ID!) { inviteUser(input: { councilId: $c, email: "mine@example.org", displayName: "Mine" }) { user { id } } }', () => ({ c: A.council })],
    ['markNotificationRead', 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }', () => ({ id: A.notification })],
    ['moveCase', 'mutation($id: ID!) { moveCase(id: $id, action: ACKNOWLEDGE, expectedVersion: 1) { id } }', () => ({ id: A.case })],
    ['moveProtocolClause', 'mutation($id: ID!) { moveProtocolClause(id: $id, expectedVersion: 1) { id } }', () => ({ id: A.clause })],
    [
      'openCase',
      'mutation($c: ID!) { openCase(input: { councilId: $c, kind: ENQUIRY, category: WARD_MATTER, raisedByRole: MEMBER, raisedByName: "x", subject: "x" }) { id } }',
      () => ({ c: A.council }),
    ],
    [
      'onboardCouncils',
      'mutation($csv: String!) { onboardCouncils(csv: $csv) { invited } }',
      () => ({ csv: 'name,kind,parent,clerk name,clerk email\nUnder A,parish,Ashbury Borough Council,Me,me.under.a@example.org' }),
    ],
    ['publishModelProtocol', 'mutation($id: ID!) { publishModelProtocol(id: $id, expectedVersion: 1) { id } }', () => ({ id: A.protocol })],
    ['reaffirmProtocol', 'mutation($id: ID!) { reaffirmProtocol(reviewTaskId: $id, expectedVersion: 1) { id } }', () => ({ id: A.reviewTask })],
    ['removeCouncilClosure', 'mutation($id: ID!) { removeCouncilClosure(id: $id) }', () => ({ id: A.closure })],
    ['removeMembership', 'mutation($id: ID!) { removeMembership(id: $id) }', () => ({ id: A.membership })],
    ['removeOfficeHolder', 'mutation($id: ID!) { removeOfficeHolder(id: $id, expectedVersion: 1) }', () => ({ id: A.holder })],
    ['removeProtocolClause', 'mutation($id: ID!) { removeProtocolClause(id: $id, expectedVersion: 1) }', () => ({ id: A.clause })],
    ['removeProtocolRule', 'mutation($id: ID!) { removeProtocolRule(id: $id, expectedVersion: 1) }', () => ({ id: A.item })],
    ['renameProtocol', 'mutation($id: ID!) { renameProtocol(id: $id, expectedVersion: 1, title: "Mine now") { id } }', () => ({ id: A.protocol })],
    ['revokeApiKey', 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', () => ({ id: A.apiKey })],
    ['revokeCalendarFeed', 'mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }', () => ({ id: A.feed })],
    ['saveDraftDocument', 'mutation($v: ID!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: 1, document: $d) { id } }', () => ({ v: A.draft, d: { title: 'Mine now', clauses: [] } })],
    ['saveProtocolRule', 'mutation($v: ID!) { saveProtocolRule(versionId: $v, section: ROLE, rule: { key: "clerk", title: "x", kind: "officer" }) { id } }', () => ({ v: A.draft })],
    ['setProtocolReview', 'mutation($id: ID!) { setProtocolReview(id: $id, expectedVersion: 1, input: { reviewEveryMonths: 12 }) { id } }', () => ({ id: A.draft })],
    ['startProtocolDraft', 'mutation($id: ID!) { startProtocolDraft(protocolId: $id) { id } }', () => ({ id: A.protocol })],
    ['updateCase', 'mutation($id: ID!) { updateCase(id: $id, expectedVersion: 1, input: { subject: "mine now" }) { id } }', () => ({ id: A.case })],
    ['updateCouncil', 'mutation($id: ID!) { updateCouncil(id: $id, expectedVersion: 1, input: { name: "Taken", publishProtocol: true }) { id } }', () => ({ id: A.council })],
    ['updateOfficeHolder', 'mutation($id: ID!) { updateOfficeHolder(id: $id, expectedVersion: 1, input: { roleKey: CLERK, name: "x" }) { id } }', () => ({ id: A.holder })],
    ['updateProtocolClause', 'mutation($id: ID!) { updateProtocolClause(id: $id, expectedVersion: 1, input: { text: "x" }) { id } }', () => ({ id: A.clause })],
    ['updateUser', 'mutation($id: ID!) { updateUser(id: $id, expectedVersion: 1, input: { displayName: "Taken" }) { id } }', () => ({ id: A.clerkUser })],
  ];
  /** Mutations anyone may call about themselves (or with no sign-in at all): not refused for being read-only. */
  const NOT_READ_ONLY = ['signIn', 'acceptInvitation'];

  const calls = mutations.flatMap(([op, query, vars]) => (['viewer', 'apiKey'] as const).map((w) => [op, w, query, vars] as const));

  test.each(calls)('%s as %s of the same council: refused, nothing changed', async (_op, w, query, vars) => {
    const before = await snapshot();
    const res = await gql(stack.baseUrl, query, vars(), who[w]);
    expect(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']).toContain(codeOf(res));
    expect(res.errors![0]!.message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await snapshot()).toEqual(before);
  });

  test('every mutation of the schema is in the table above', async () => {
    const schema = await createSchema();
    const all = Object.keys(schema.getMutationType()!.getFields());
    const tested = new Set([...mutations.map(([op]) => op), ...NOT_READ_ONLY]);
    expect(all.filter((op) => !tested.has(op))).toEqual([]);
  });
});
