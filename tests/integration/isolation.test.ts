import { GraphQLInputObjectType, GraphQLID, getNamedType, type GraphQLInputType } from 'graphql';
import { Client } from 'pg';
import { createSchema } from '@accord/api';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

/**
 * A clerk of Cwmbran uses Glanmor's real ids (a council in another county) in
 * every operation that takes an id: each one answers NOT_FOUND (or, for list
 * filters, an empty list) and nothing changes.
 */
describe('tenant isolation', () => {
  let stack: Stack;
  let clerkA: { token: string };
  const B: Record<string, string> = {};
  /** Clerk A's own council's records (to point them at B's). */
  const A: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack();
    clerkA = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const a = stack.db.admin;
    B.council = stack.db.councils.glanmor;
    B.user = stack.db.users['clerk.glanmor@accord.example'];
    B.membership = (await a.query('SELECT id FROM memberships WHERE council_id = $1', [B.council])).rows[0].id;
    B.apiKey = (
      await a.query(
        `INSERT INTO api_keys (council_id, name, prefix, secret_hash) VALUES ($1, 'Glanmor site', 'acc_x', '\\x00') RETURNING id`,
        [B.council],
      )
    ).rows[0].id;
    B.notification = (
      await a.query(
        `INSERT INTO notifications (council_id, kind, dedupe_key, subject, body) VALUES ($1, 'review_due', 'k', 's', 'b') RETURNING id`,
        [B.council],
      )
    ).rows[0].id;
    const protocol = (
      await a.query(
        `SELECT p.id AS protocol, v.id AS version, (SELECT id FROM protocol_clauses WHERE version_id = v.id LIMIT 1) AS clause,
                (SELECT id FROM protocol_items WHERE version_id = v.id LIMIT 1) AS item
         FROM protocols p JOIN protocol_versions v ON v.protocol_id = p.id WHERE p.council_id = $1`,
        [B.council],
      )
    ).rows[0];
    Object.assign(B, protocol);
    A.protocol = (await a.query('SELECT id FROM protocols WHERE council_id = $1 AND NOT is_model', [stack.db.councils.cwmbran])).rows[0].id;
    B.closure = (await a.query(`INSERT INTO council_closures (council_id, date, reason) VALUES ($1, '2026-12-29', 'Christmas') RETURNING id`, [B.council])).rows[0].id;
    B.import = (await a.query(`INSERT INTO protocol_imports (council_id, filename, size, status) VALUES ($1, 'b.txt', 1, 'queued') RETURNING id`, [B.council])).rows[0].id;
    await a.query(`INSERT INTO audit_log (council_id, action, entity) VALUES ($1, 'council.update', 'council')`, [B.council]);
    B.holder = (await a.query('SELECT id FROM office_holders WHERE council_id = $1 LIMIT 1', [B.council])).rows[0].id;
    B.case = (
      await a.query(
        `INSERT INTO cases (council_id, reference, kind, category, raised_by_role, raised_by_name, received_at, subject, protocol_version_id, start_day, steps)
         VALUES ($1, '2026-0001', 'enquiry', 'ward_matter', 'member', 'Cllr B', now(), 'Potholes', $2, current_date, '[]') RETURNING id`,
        [B.council, B.version],
      )
    ).rows[0].id;
    await a.query(`INSERT INTO case_events (council_id, case_id, kind, to_status) VALUES ($1, $2, 'opened', 'open')`, [B.council, B.case]);
    await a.query(`INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at) VALUES ($1, $2, 'respond_soon', 'k', now())`, [B.council, B.case]);
    B.reviewTask = (await a.query(`INSERT INTO review_tasks (council_id, due_on) VALUES ($1, '2027-01-31') RETURNING id`, [B.council])).rows[0].id;
    // A pending invitation e-mail of Glanmor's in the mail outbox (its body sealed).
    await a.query(`INSERT INTO mail_outbox (council_id, kind, recipient, subject, body, message_id) VALUES ($1, 'invitation', 'b@glanmor.example', 's', 'v1.x', '<invite.b@accord>')`, [B.council]);
    B.model = (await a.query(`INSERT INTO protocols (council_id, title, is_model, published) VALUES ($1, 'Glanmor model', true, true) RETURNING id`, [B.council])).rows[0].id;
    B.feed = (await a.query(`INSERT INTO calendar_feeds (council_id, name, token_hash) VALUES ($1, 'Glanmor deadlines', '\\x01') RETURNING id`, [B.council])).rows[0].id;
  });
  afterAll(() => stack.stop());

  const snapshot = async () =>
    (
      await stack.db.admin.query(
        `SELECT (SELECT json_agg(c ORDER BY id) FROM councils c) AS c, (SELECT json_agg(m ORDER BY id) FROM memberships m) AS m,
                (SELECT json_agg(k ORDER BY id) FROM api_keys k) AS k, (SELECT json_agg(u ORDER BY id) FROM users u) AS u,
                (SELECT json_agg(n ORDER BY id) FROM notifications n) AS n,
                (SELECT json_agg(v ORDER BY id) FROM protocol_versions v) AS v, (SELECT json_agg(c ORDER BY id) FROM protocol_clauses c) AS pc,
                (SELECT json_agg(i ORDER BY id) FROM protocol_items i) AS pi, (SELECT json_agg(h ORDER BY id) FROM office_holders h) AS h,
                (SELECT json_agg(d ORDER BY id) FROM council_closures d) AS d, (SELECT count(*) FROM audit_log) AS audit,
                (SELECT json_agg(x ORDER BY id) FROM cases x) AS cases, (SELECT count(*) FROM case_events) AS events,
                (SELECT json_agg(r ORDER BY id) FROM reminders r) AS reminders, (SELECT json_agg(t ORDER BY id) FROM review_tasks t) AS tasks,
                (SELECT json_agg(f ORDER BY id) FROM calendar_feeds f) AS feeds, (SELECT json_agg(p ORDER BY id) FROM protocols p) AS protocols`,
      )
    ).rows[0];

  /** Every operation that takes an id, called with council B's ids. */
  const byId: [operation: string, query: string, vars: () => Record<string, unknown>][] = [
    ['council', 'query($id: ID!) { council(id: $id) { id } }', () => ({ id: B.council })],
    ['updateCouncil', 'mutation($id: ID!) { updateCouncil(id: $id, expectedVersion: 1, input: { name: "Taken" }) { id } }', () => ({ id: B.council })],
    ['deleteCouncil', 'mutation($id: ID!) { deleteCouncil(id: $id, expectedVersion: 1) }', () => ({ id: B.council })],
    [
      'createCouncil',
      'mutation($p: ID!) { createCouncil(input: { name: "Under B", slug: "under-b", kind: PARISH, nation: WALES, parentId: $p }) { id } }',
      () => ({ p: B.council }),
    ],
    ['user', 'query($id: ID!) { user(id: $id) { id } }', () => ({ id: B.user })],
    ['updateUser', 'mutation($id: ID!) { updateUser(id: $id, expectedVersion: 1, input: { displayName: "Taken" }) { id } }', () => ({ id: B.user })],
    [
      'createUser',
      'mutation($c: ID!) { createUser(input: { email: "new@x.example", displayName: "N", password: "long-enough-password", councilId: $c, role: CLERK }) { id } }',
      () => ({ c: B.council }),
    ],
    ['addMembership', 'mutation($u: ID!, $c: ID!) { addMembership(input: { userId: $u, councilId: $c, role: VIEWER }) { id } }', () => ({ u: B.user, c: B.council })],
    ['addMembership', 'mutation($u: ID!, $c: ID!) { addMembership(input: { userId: $u, councilId: $c, role: VIEWER }) { id } }', () => ({ u: B.user, c: stack.db.councils.cwmbran })],
    ['removeMembership', 'mutation($id: ID!) { removeMembership(id: $id) }', () => ({ id: B.membership })],
    ['apiKey', 'query($id: ID!) { apiKey(id: $id) { id } }', () => ({ id: B.apiKey })],
    ['createApiKey', 'mutation($c: ID!) { createApiKey(input: { name: "Mine now", councilId: $c }) { secret } }', () => ({ c: B.council })],
    ['revokeApiKey', 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', () => ({ id: B.apiKey })],
    ['markNotificationRead', 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }', () => ({ id: B.notification })],
    ['protocol', 'query($c: ID!) { protocol(councilId: $c) { id } }', () => ({ c: B.council })],
    ['protocolVersion', 'query($id: ID!) { protocolVersion(id: $id) { id } }', () => ({ id: B.version })],
    ['startProtocolDraft', 'mutation($id: ID!) { startProtocolDraft(protocolId: $id) { id } }', () => ({ id: B.protocol })],
    [
      'adoptProtocolVersion',
      'mutation($id: ID!) { adoptProtocolVersion(id: $id, expectedVersion: 1, input: { adoptedOn: "2026-01-01", adoptedBy: FULL_COUNCIL }) { id } }',
      () => ({ id: B.version }),
    ],
    ['updateProtocolClause', 'mutation($id: ID!) { updateProtocolClause(id: $id, expectedVersion: 1, input: { text: "x" }) { id } }', () => ({ id: B.clause })],
    ['escalationRoute', 'query($c: ID!) { escalationRoute(councilId: $c, concern: MEMBER_ABOUT_OFFICER) { steps { index } } }', () => ({ c: B.council })],
    ['saveProtocolRule', 'mutation($v: ID!) { saveProtocolRule(versionId: $v, section: ROLE, rule: { key: "clerk", title: "x", kind: "officer" }) { id } }', () => ({ v: B.version })],
    ['removeProtocolRule', 'mutation($id: ID!) { removeProtocolRule(id: $id, expectedVersion: 1) }', () => ({ id: B.item })],
    ['addProtocolClause', 'mutation($v: ID!) { addProtocolClause(versionId: $v, input: { number: "99", text: "x" }) { id } }', () => ({ v: B.version })],
    ['moveProtocolClause', 'mutation($id: ID!) { moveProtocolClause(id: $id, expectedVersion: 1) { id } }', () => ({ id: B.clause })],
    ['removeProtocolClause', 'mutation($id: ID!) { removeProtocolClause(id: $id, expectedVersion: 1) }', () => ({ id: B.clause })],
    ['officeHolders', 'query($c: ID!) { officeHolders(councilId: $c) { id } }', () => ({ c: B.council })],
    ['addOfficeHolder', 'mutation($c: ID!) { addOfficeHolder(councilId: $c, input: { roleKey: CLERK, name: "x" }) { id } }', () => ({ c: B.council })],
    ['updateOfficeHolder', 'mutation($id: ID!) { updateOfficeHolder(id: $id, expectedVersion: 1, input: { roleKey: CLERK, name: "x" }) { id } }', () => ({ id: B.holder })],
    ['removeOfficeHolder', 'mutation($id: ID!) { removeOfficeHolder(id: $id, expectedVersion: 1) }', () => ({ id: B.holder })],
    ['modelProtocols', 'query($c: ID!) { modelProtocols(councilId: $c) { id } }', () => ({ c: B.council })],
    ['createProtocol', 'mutation($c: ID!) { createProtocol(councilId: $c) { id } }', () => ({ c: B.council })],
    ['createModelProtocol', 'mutation($c: ID!) { createModelProtocol(councilId: $c, title: "x") { id } }', () => ({ c: B.council })],
    ['createModelProtocol', 'mutation($c: ID!, $v: ID!) { createModelProtocol(councilId: $c, title: "x", fromVersionId: $v) { id } }', () => ({ c: stack.db.councils.cwmbran, v: B.version })],
    ['publishModelProtocol', 'mutation($id: ID!) { publishModelProtocol(id: $id, expectedVersion: 1) { id } }', () => ({ id: B.protocol })],
    ['followModelProtocol', 'mutation($id: ID!) { followModelProtocol(id: $id, expectedVersion: 1, modelId: null) { id } }', () => ({ id: B.protocol })],
    ['followModelProtocol', 'mutation($id: ID!, $m: ID!) { followModelProtocol(id: $id, expectedVersion: 1, modelId: $m) { id } }', () => ({ id: A.protocol, m: B.protocol })],
    ['setProtocolReview', 'mutation($id: ID!) { setProtocolReview(id: $id, expectedVersion: 1, input: { reviewEveryMonths: 12 }) { id } }', () => ({ id: B.version })],
    ['saveDraftDocument', 'mutation($v: ID!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: 1, document: $d) { id } }', () => ({ v: B.version, d: { title: 'Mine now', clauses: [] } })],
    ['importProtocolDocument', 'mutation($v: ID!, $t: String!) { importProtocolDocument(versionId: $v, expectedVersion: 1, text: $t) { id } }', () => ({ v: B.version, t: 'title: Mine now\nclauses: []' })],
    ['discardDraft', 'mutation($v: ID!) { discardDraft(versionId: $v, expectedVersion: 1) }', () => ({ v: B.version })],
    ['renameProtocol', 'mutation($id: ID!) { renameProtocol(id: $id, expectedVersion: 1, title: "Mine now") { id } }', () => ({ id: B.protocol })],
    ['councilClosures', 'query($c: ID!) { councilClosures(councilId: $c) { id } }', () => ({ c: B.council })],
    ['protocolReport', 'query($c: ID!) { protocolReport(councilId: $c, from: "2026-01-01", to: "2026-12-31") { total { enquiries } } }', () => ({ c: B.council })],
    ['onboardCouncils', 'mutation($m: ID!) { onboardCouncils(csv: "name,clerk name,clerk email\\nMine,Me,me@example.org", modelId: $m) { invited } }', () => ({ m: B.model })],
    ['inviteUser', 'mutation($c: ID!) { inviteUser(input: { councilId: $c, email: "mine@example.org", displayName: "Mine" }) { user { id } } }', () => ({ c: B.council })],
    ['addCouncilClosure', 'mutation($c: ID!) { addCouncilClosure(councilId: $c, date: "2026-12-24") { id } }', () => ({ c: B.council })],
    ['removeCouncilClosure', 'mutation($id: ID!) { removeCouncilClosure(id: $id) }', () => ({ id: B.closure })],
    ['protocolImport', 'query($id: ID!) { protocolImport(id: $id) { id } }', () => ({ id: B.import })],
    ['protocolImports', 'query($c: ID!) { protocolImports(councilId: $c) { id } }', () => ({ c: B.council })],
    ['createDraftFromImport', 'mutation($id: ID!) { createDraftFromImport(id: $id, expectedVersion: 1, input: { accept: [] }) { notes } }', () => ({ id: B.import })],
    ['createDraftFollowingModel', 'mutation($id: ID!) { createDraftFollowingModel(id: $id, expectedVersion: 1) { notes } }', () => ({ id: B.import })],
    ['auditLog', 'query($c: ID!) { auditLog(councilId: $c) { totalCount } }', () => ({ c: B.council })],
    ['auditLog', 'query($c: ID!, $e: ID!) { auditLog(councilId: $c, entityId: $e) { totalCount } }', () => ({ c: B.council, e: B.council })],
    ['accessDecision', 'query($c: ID!) { accessDecision(councilId: $c, classification: CONFIDENTIAL, requester: { role: MEMBER }) { allowed } }', () => ({ c: B.council })],
    ['compareProtocolVersions', 'query($a: ID!) { compareProtocolVersions(baseId: $a, otherId: $a) { clauses { number } } }', () => ({ a: B.version })],
    [
      'responseDeadlines',
      'query($c: ID!) { responseDeadlines(councilId: $c, category: GENERAL_CORRESPONDENCE, receivedAt: "2026-01-05T10:00:00Z") { respondBy } }',
      () => ({ c: B.council }),
    ],
    ['case', 'query($id: ID!) { case(id: $id) { id } }', () => ({ id: B.case })],
    [
      'openCase',
      'mutation($c: ID!) { openCase(input: { councilId: $c, kind: ENQUIRY, category: WARD_MATTER, raisedByRole: MEMBER, raisedByName: "x", subject: "x" }) { id } }',
      () => ({ c: B.council }),
    ],
    ['moveCase', 'mutation($id: ID!) { moveCase(id: $id, action: ACKNOWLEDGE, expectedVersion: 1) { id } }', () => ({ id: B.case })],
    ['addCaseNote', 'mutation($id: ID!) { addCaseNote(id: $id, note: "mine now") { id } }', () => ({ id: B.case })],
    ['updateCase', 'mutation($id: ID!) { updateCase(id: $id, expectedVersion: 1, input: { subject: "mine now" }) { id } }', () => ({ id: B.case })],
    ['calendarFeeds', 'query($c: ID!) { calendarFeeds(councilId: $c) { id } }', () => ({ c: B.council })],
    ['createCalendarFeed', 'mutation($c: ID!) { createCalendarFeed(councilId: $c, name: "Mine") { url } }', () => ({ c: B.council })],
    ['revokeCalendarFeed', 'mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }', () => ({ id: B.feed })],
    ['reaffirmProtocol', 'mutation($id: ID!) { reaffirmProtocol(reviewTaskId: $id, expectedVersion: 1) { id } }', () => ({ id: B.reviewTask })],
  ];

  /** List queries whose filters take an id: another council's id gives an empty list. */
  const byFilter: [operation: string, query: string, vars: () => Record<string, unknown>][] = [
    ['councils', 'query($id: ID!) { councils(filter: { parentId: $id }) { totalCount items { id } } }', () => ({ id: stack.db.councils.westmere })],
    ['councils', 'query($id: ID!) { councils(filter: { ids: [$id] }) { totalCount items { id } } }', () => ({ id: B.council })],
    ['users', 'query($id: ID!) { users(filter: { councilId: $id }) { totalCount items { id } } }', () => ({ id: B.council })],
    ['users', 'query($id: ID!) { users(filter: { ids: [$id] }) { totalCount items { id } } }', () => ({ id: B.user })],
    ['memberships', 'query($id: ID!) { memberships(filter: { councilId: $id }) { totalCount items { id } } }', () => ({ id: B.council })],
    ['memberships', 'query($id: ID!) { memberships(filter: { userId: $id }) { totalCount items { id } } }', () => ({ id: B.user })],
    ['apiKeys', 'query($id: ID!) { apiKeys(filter: { councilId: $id, includeRevoked: true }) { totalCount items { id } } }', () => ({ id: B.council })],
    ['notifications', 'query($id: ID!) { notifications(filter: { councilId: $id }) { totalCount items { id } } }', () => ({ id: B.council })],
    ['cases', 'query($id: ID!) { cases(filter: { councilId: $id }) { totalCount items { id } } }', () => ({ id: B.council })],
    ['reviewTasks', 'query($id: ID!) { reviewTasks(filter: { councilId: $id }) { totalCount items { id } } }', () => ({ id: B.council })],
  ];

  /** Queries that answer about the councils asked for: another council's id is simply left out. */
  const byList: [operation: string, query: string, vars: () => Record<string, unknown>][] = [
    ['myRoles', 'query($ids: [ID!]!) { myRoles(councilIds: $ids) { councilId role } }', () => ({ ids: [B.council] })],
  ];

  test.each(byList)('%s with another council\'s id: an empty answer', async (op, query, vars) => {
    const res = await gql(stack.baseUrl, query, vars(), clerkA);
    expect(res.errors).toBeUndefined();
    expect(res.data[op]).toEqual([]);
  });

  test.each(byId)('%s with another council\'s id: NOT_FOUND, nothing changed', async (_op, query, vars) => {
    const before = await snapshot();
    const res = await gql(stack.baseUrl, query, vars(), clerkA);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  test.each(byFilter)('%s filtered by another council\'s id: empty', async (op, query, vars) => {
    const res = await gql(stack.baseUrl, query, vars(), clerkA);
    expect(res.errors).toBeUndefined();
    expect(res.data[op]).toEqual({ totalCount: 0, items: [] });
  });

  test('every query and mutation that takes an id is in the tables above', async () => {
    const schema = await createSchema();
    const takesId = (t: GraphQLInputType, seen = new Set<string>()): boolean => {
      const named = getNamedType(t);
      if (named === GraphQLID) return true;
      if (named instanceof GraphQLInputObjectType && !seen.has(named.name)) {
        seen.add(named.name);
        return Object.values(named.getFields()).some((f) => takesId(f.type, seen));
      }
      return false;
    };
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.values(type.getFields())
        .filter((f) => f.args.some((a) => takesId(a.type)))
        .map((f) => f.name),
    );
    const tested = new Set([...byId, ...byFilter, ...byList].map(([op]) => op));
    expect(operations.filter((op) => !tested.has(op))).toEqual([]);
  });

  test('the Torfaen monitoring officer sees Torfaen and Cwmbran, and no other county\'s councils', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const res = await gql(stack.baseUrl, '{ councils(limit: 200) { totalCount items { slug children { slug } } } }', {}, mo);
    expect(res.data.councils.items.map((c: any) => c.slug).sort()).toEqual(['cwmbran', 'torfaen']);
    expect(res.data.councils.items.find((c: any) => c.slug === 'torfaen').children).toEqual([{ slug: 'cwmbran' }]);
    const cwmbran = await gql(stack.baseUrl, 'query($id: ID!) { council(id: $id) { name } }', { id: stack.db.councils.cwmbran }, mo);
    expect(cwmbran.data.council.name).toBe('Cwmbran Community Council');
    for (const slug of ['glanmor', 'kingsford', 'westmere', 'ashbury', 'eastvale']) {
      const other = await gql(stack.baseUrl, 'query($id: ID!) { council(id: $id) { name } }', { id: stack.db.councils[slug] }, mo);
      expect(codeOf(other)).toBe('NOT_FOUND');
    }
  });

  test('a clerk sees exactly their own council; its parent outside their scope shows as null', async () => {
    const res = await gql(stack.baseUrl, '{ councils { totalCount items { slug parentId parent { id } } } }', {}, clerkA);
    expect(res.data.councils).toEqual({
      totalCount: 1,
      items: [{ slug: 'cwmbran', parentId: stack.db.councils.torfaen, parent: null }],
    });
  });

  describe('in Postgres itself', () => {
    let app: Client;
    beforeAll(async () => {
      const { db } = stack.db.config;
      app = new Client({ host: db.host, port: db.port, user: db.app.user, password: db.app.password, database: db.database });
      await app.connect();
    });
    afterAll(() => app.end());

    const tenantTables = async () =>
      (
        await stack.db.admin.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'council_id' ORDER BY 1`,
        )
      ).rows.map((r) => r.table_name);

    test('with no council scope set, the app role reads 0 rows from every tenant table', async () => {
      const tables = await tenantTables();
      expect(tables).toEqual(expect.arrayContaining(['councils', 'memberships', 'api_keys', 'notifications', 'protocols', 'protocol_clauses']));
      for (const t of tables) {
        const all = await stack.db.admin.query(`SELECT count(*)::int AS n FROM ${t}`);
        expect({ table: t, hasRows: all.rows[0].n > 0 }).toEqual({ table: t, hasRows: true }); // there is something to hide
        const seen = await app.query(`SELECT count(*)::int AS n FROM ${t}`);
        expect({ table: t, rows: seen.rows[0].n }).toEqual({ table: t, rows: 0 });
      }
    });

    test('with one council in scope, the app role reads only that council\'s rows and cannot write another\'s', async () => {
      await app.query('BEGIN');
      try {
        await app.query(`SELECT set_config('accord.council_ids', $1, true)`, [`{${stack.db.councils.cwmbran}}`]);
        const councils = await app.query('SELECT slug FROM councils');
        expect(councils.rows).toEqual([{ slug: 'cwmbran' }]);
        const members = await app.query('SELECT DISTINCT council_id FROM memberships');
        expect(members.rows).toEqual([{ council_id: stack.db.councils.cwmbran }]);
        const upd = await app.query(`UPDATE councils SET name = 'Taken' WHERE id = $1`, [B.council]);
        expect(upd.rowCount).toBe(0);
        await expect(
          app.query(`INSERT INTO memberships (council_id, user_id, role) VALUES ($1, $2, 'clerk')`, [B.council, stack.db.users['clerk.cwmbran@accord.example']]),
        ).rejects.toThrow(/row-level security/);
      } finally {
        await app.query('ROLLBACK');
      }
    });

    test('catalog: every table with council_id has row-level security enabled and forced, with a policy', async () => {
      const { rows } = await stack.db.admin.query(
        `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
           AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'council_id' AND NOT a.attisdropped)
         ORDER BY 1`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const r of rows) {
        expect({ table: r.relname, enabled: r.relrowsecurity, forced: r.relforcerowsecurity, hasPolicy: r.policies > 0 }).toEqual({
          table: r.relname,
          enabled: true,
          forced: true,
          hasPolicy: true,
        });
      }
    });

    test('catalog: the app role is not a superuser, has no BYPASSRLS and owns nothing', async () => {
      const role = stack.db.config.db.app.user;
      const { rows } = await stack.db.admin.query(
        `SELECT r.rolsuper, r.rolbypassrls,
                (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned,
                (SELECT count(*)::int FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                  WHERE m.member = r.oid AND (g.rolsuper OR g.rolbypassrls)) AS powerful_groups
         FROM pg_roles r WHERE r.rolname = $1`,
        [role],
      );
      expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, owned: 0, powerful_groups: 0 }]);
      const { rows: who } = await app.query('SELECT current_user AS u');
      expect(who[0].u).toBe(role);
    });
  });
});
