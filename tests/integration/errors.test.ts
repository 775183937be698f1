import { SignJWT } from 'jose';
import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';
import { UNIQUE_MESSAGES, formatError } from '../../api/src/common/format-error';

/**
 * Every client mistake is a 4xx or a GraphQL error with a code, never an
 * INTERNAL_SERVER_ERROR or an HTTP 5xx: forbidden characters, unique-key races,
 * dates outside the calendar, values the database refuses, syntax errors.
 */
const OPEN = 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }';
const DEADLINES = 'query($c: ID!, $at: DateTime!) { responseDeadlines(councilId: $c, category: WARD_MATTER, receivedAt: $at) { respondBy } }';
const START = 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id number } }';
const ADD_CLAUSE = 'mutation($v: ID!, $i: AddClauseInput!) { addProtocolClause(versionId: $v, input: $i) { id number } }';

describe('client mistakes are answered with a code', () => {
  let stack: Stack;
  let clerk: { token: string };
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${stack.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clerk.token}`, ...headers },
      body,
    });
  const ward = (extra: object = {}) => ({
    councilId: stack.db.councils.ashbury,
    kind: 'ENQUIRY',
    category: 'WARD_MATTER',
    raisedByRole: 'MEMBER',
    raisedByName: 'Cllr Anna Shaw',
    subject: 'A blocked drain',
    ...extra,
  });
  const sessionsIdleInTransaction = async () =>
    (
      await stack.db.admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()`,
      )
    ).rows[0].n as number;

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  });
  afterAll(() => stack?.stop());

  describe('forbidden characters in text', () => {
    test.each([
      ['NUL', 'a\u0000b', 'U+0000'],
      ['a bell (C0 control)', 'ring\u0007', 'U+0007'],
      ['an escape', '\u001b[31mred', 'U+001B'],
      ['a lone high surrogate', 'x\ud800y', 'U+D800'],
      ['a lone low surrogate', '\udc00', 'U+DC00'],
    ])('%s in a variable is BAD_USER_INPUT naming the field, and nothing is written', async (_what, text, point) => {
      const before = (await stack.db.admin.query('SELECT count(*)::int AS n FROM cases')).rows[0].n;
      const res = await gql(stack.baseUrl, OPEN, { i: ward({ description: text }) }, clerk);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('description');
      expect(res.errors![0].message).toContain('description');
      expect(res.errors![0].message).toContain(point);
      expect(res.data ?? null).toBeNull();
      expect((await stack.db.admin.query('SELECT count(*)::int AS n FROM cases')).rows[0].n).toBe(before);
    });

    test('in a list item, a nested input and an inline literal too, for queries as for mutations', async () => {
      const list = await gql(stack.baseUrl, OPEN, { i: ward({ documents: ['ok', 'bad\u0000'] }) }, clerk);
      expect([codeOf(list), fieldOf(list)]).toEqual(['BAD_USER_INPUT', 'documents']);
      const literal = await gql(stack.baseUrl, `query { cases(filter: { search: "x\\u0000" }) { totalCount } }`, undefined, clerk);
      expect([codeOf(literal), fieldOf(literal)]).toEqual(['BAD_USER_INPUT', 'search']);
      const variable = await gql(stack.baseUrl, 'query($s: String) { cases(filter: { search: $s }) { totalCount } }', { s: '\u0000' }, clerk);
      expect([codeOf(variable), fieldOf(variable)]).toEqual(['BAD_USER_INPUT', 'search']);
      const id = await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { id } }', { id: '\u0000' }, clerk);
      expect([codeOf(id), fieldOf(id)]).toEqual(['BAD_USER_INPUT', 'id']);
      // A raw NUL written in the document (graphql 16 lexes any Unicode scalar value in a string).
      const raw = await gql(stack.baseUrl, '{ case(id: "\u0000") { id } }', undefined, clerk);
      expect([raw.status, codeOf(raw), fieldOf(raw)]).toEqual([400, 'BAD_USER_INPUT', 'id']);
    });

    test('tab, CR, LF, emoji (paired surrogates) and other scripts are accepted', async () => {
      const text = 'Line one\r\n\tLine two \u{1F3DB}\uFE0F Cymraeg: ŵ ŷ — 日本語 \u200d';
      const res = await gql(stack.baseUrl, OPEN, { i: ward({ description: text }) }, clerk);
      expect(res.errors).toBeUndefined();
      const got = await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { description } }', { id: res.data.openCase.id }, clerk);
      expect(got.data.case.description).toBe(text);
    });
  });

  describe('unique violations are CONFLICT', () => {
    test('50 concurrent startProtocolDraft: one draft, every loser CONFLICT', async () => {
      const { rows } = await stack.db.admin.query(`SELECT id FROM protocols WHERE council_id = $1 AND NOT is_model`, [stack.db.councils.ashbury]);
      const protocolId = rows[0].id;
      const results = await Promise.all(Array.from({ length: 50 }, () => gql(stack.baseUrl, START, { p: protocolId }, clerk)));
      expect(results.map((r) => r.status).filter((s) => s >= 500)).toEqual([]);
      const winners = results.filter((r) => !r.errors);
      const codes = results.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? []);
      expect(winners).toHaveLength(1);
      expect(new Set(codes)).toEqual(new Set(['CONFLICT']));
      expect(codes).toHaveLength(49);
      for (const r of results) for (const e of r.errors ?? []) expect(e.message).not.toMatch(/constraint|_key|_idx|duplicate key|[0-9a-f]{8}-[0-9a-f]{4}/i);
      const drafts = await stack.db.admin.query(`SELECT count(*)::int AS n FROM protocol_versions WHERE protocol_id = $1 AND status = 'draft'`, [protocolId]);
      expect(drafts.rows[0].n).toBe(1);
      expect(await sessionsIdleInTransaction()).toBe(0);
    });

    test('two addProtocolClause with the same number: the second is CONFLICT naming the number', async () => {
      const { rows } = await stack.db.admin.query(
        `SELECT v.id FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id WHERE p.council_id = $1 AND v.status = 'draft'`,
        [stack.db.councils.ashbury],
      );
      const versionId = rows[0].id;
      const clause = { number: '99.9', heading: 'Test', text: 'A clause added twice' };
      const [a, b] = await Promise.all([gql(stack.baseUrl, ADD_CLAUSE, { v: versionId, i: clause }, clerk), gql(stack.baseUrl, ADD_CLAUSE, { v: versionId, i: clause }, clerk)]);
      const results = [a, b];
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      const loser = results.find((r) => r.errors)!;
      expect(codeOf(loser)).toBe('CONFLICT');
      expect(loser.errors![0].message).toMatch(/number/i);
      expect(loser.errors![0].message).not.toMatch(/constraint|_key|_idx|duplicate key/i);
      // And once more, one after the other.
      const again = await gql(stack.baseUrl, ADD_CLAUSE, { v: versionId, i: clause }, clerk);
      expect(codeOf(again)).toBe('CONFLICT');
    });

    test('every unique constraint and index of the schema has a message for callers (its key is hidden under row-level security)', async () => {
      const { rows } = await stack.db.admin.query(
        `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND i.indisunique AND NOT i.indisprimary ORDER BY 1`,
      );
      const names = rows.map((r) => r.name as string);
      expect(names.length).toBeGreaterThanOrEqual(10);
      expect(names.filter((n) => !(n in UNIQUE_MESSAGES))).toEqual([]);
      for (const { message } of Object.values(UNIQUE_MESSAGES)) expect(message).not.toMatch(/_|constraint|index/);
    });
  });

  describe('other refusals by the database are BAD_USER_INPUT or CONFLICT, never INTERNAL', () => {
    // Each through the error formatter, as a resolver's error would reach it.
    const logged: unknown[] = [];
    const format = formatError({ debug() {}, info() {}, warn() {}, error: (_m: string, f: unknown) => logged.push(f) });
    const refusal = (sql: string) =>
      stack.db.app.query(sql).then(
        () => {
          throw new Error(`expected ${sql} to fail`);
        },
        (e: unknown) => format({ message: (e as Error).message }, e),
      );
    test.each([
      ['23505 unique, a known constraint', `DO $$ BEGIN RAISE unique_violation USING TABLE = 'users', CONSTRAINT = 'users_email_key'; END $$`, 'CONFLICT'],
      ['23505 unique, any other', `DO $$ BEGIN CREATE TEMP TABLE dup_things (x int UNIQUE) ON COMMIT DROP; INSERT INTO dup_things VALUES (1), (1); END $$`, 'CONFLICT'],
      ['23503 a reference to nothing', `DO $$ BEGIN CREATE TEMP TABLE a_parent (id int PRIMARY KEY) ON COMMIT DROP; CREATE TEMP TABLE a_child (parent_id int REFERENCES a_parent) ON COMMIT DROP; INSERT INTO a_child VALUES (1); END $$`, 'BAD_USER_INPUT'],
      ['23514 a check', `DO $$ BEGIN CREATE TEMP TABLE checked (n int CHECK (n > 0)) ON COMMIT DROP; INSERT INTO checked VALUES (0); END $$`, 'BAD_USER_INPUT'],
      ['54000 a text too long for an index', `DO $$ BEGIN CREATE TEMP TABLE indexed (t text UNIQUE) ON COMMIT DROP; INSERT INTO indexed SELECT string_agg(md5(i::text), '') FROM generate_series(1, 400) i; END $$`, 'BAD_USER_INPUT'],
      ['22P02 invalid text', `SELECT 'not-a-uuid'::uuid`, 'BAD_USER_INPUT'],
      ['22007 invalid date', `SELECT '2026-13-45'::date`, 'BAD_USER_INPUT'],
      ['22008 date out of range', `SELECT '294277-01-01'::timestamptz`, 'BAD_USER_INPUT'],
      ['22003 out of range', `SELECT 2147483648::int`, 'BAD_USER_INPUT'],
      ['22021 NUL', `SELECT convert_from('\\x00'::bytea, 'UTF8')`, 'BAD_USER_INPUT'],
      ['22P05 NUL in JSON', `SELECT '"\\u0000"'::jsonb::text`, 'BAD_USER_INPUT'],
      ['40P01 or 40001 at once', `DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '40001'; END $$`, 'CONFLICT'],
    ])('%s', async (_what, sql, code) => {
      const before = logged.length;
      const out = await refusal(sql);
      expect(out.extensions?.code).toBe(code);
      expect(out.message).not.toMatch(/constraint|_key|uuid|syntax|SQL|\$\$/);
      expect(logged.length).toBe(before);
    });

    test('a database error that is not about a value stays INTERNAL and is logged', async () => {
      const out = await refusal(`SELECT * FROM no_such_table`);
      expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(logged.length).toBeGreaterThan(0);
    });
  });

  describe('dates outside the calendar', () => {
    test.each(['1999-12-31T12:00:00Z', '2011-12-30T12:00:00Z', '2100-01-04T12:00:00Z', '9999-06-01T00:00:00Z', '0001-01-01T00:00:00Z'])(
      'responseDeadlines received %s is BAD_USER_INPUT naming receivedAt and the range',
      async (at) => {
        const res = await gql(stack.baseUrl, DEADLINES, { c: stack.db.councils.ashbury, at }, clerk);
        expect(res.status).toBeLessThan(500);
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(fieldOf(res)).toBe('receivedAt');
        expect(res.errors![0].message).toMatch(/2012.*2099/);
      },
    );

    test('a deadline that would fall after 2099 is refused the same way; the edges of the range answer', async () => {
      const late = await gql(stack.baseUrl, DEADLINES, { c: stack.db.councils.ashbury, at: '2099-12-30T12:00:00Z' }, clerk);
      expect([codeOf(late), fieldOf(late)]).toEqual(['BAD_USER_INPUT', 'receivedAt']);
      const first = await gql(stack.baseUrl, DEADLINES, { c: stack.db.councils.ashbury, at: '2012-01-03T09:00:00Z' }, clerk);
      expect(first.errors).toBeUndefined();
      expect(first.data.responseDeadlines.respondBy).toMatch(/^2012-01-/);
      const last = await gql(stack.baseUrl, DEADLINES, { c: stack.db.councils.ashbury, at: '2099-11-02T09:00:00Z' }, clerk);
      expect(last.errors).toBeUndefined();
    });

    test('openCase received outside the range is BAD_USER_INPUT naming receivedAt, and writes nothing', async () => {
      const before = (await stack.db.admin.query('SELECT count(*)::int AS n FROM cases')).rows[0].n;
      for (const receivedAt of ['2005-05-05T10:00:00Z', '0001-01-01T00:00:00Z', '2150-01-01T10:00:00Z']) {
        const res = await gql(stack.baseUrl, OPEN, { i: ward({ receivedAt }) }, clerk);
        expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'receivedAt']);
        // (2150 is also in the future, which openCase refuses first.)
        expect(res.errors![0].message).toMatch(receivedAt.startsWith('2150') ? /future|2012.*2099/ : /2012.*2099/);
      }
      expect((await stack.db.admin.query('SELECT count(*)::int AS n FROM cases')).rows[0].n).toBe(before);
    });
  });

  describe('malformed credentials', () => {
    test.each([
      ['a subject that is not a UUID', 'not-a-uuid'],
      ['a subject with a NUL', 'a\u0000b'],
      ['an empty subject', ''],
    ])('a validly signed JWT with %s is 401 UNAUTHENTICATED', async (_what, sub) => {
      const token = await new SignJWT({ tv: 1 }) // a token version, as issued tokens carry
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(sub)
        .setIssuer('accord')
        .setAudience('accord-api')
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(new TextEncoder().encode(stack.db.config.auth.jwtSecret));
      const res = await gql(stack.baseUrl, '{ me { platformAdmin } }', undefined, { token });
      expect([res.status, codeOf(res)]).toEqual([401, 'UNAUTHENTICATED']);
    });
  });

  describe('GraphQL syntax errors', () => {
    test.each([
      ['application/json', 400],
      ['application/graphql-response+json', 400],
      ['application/graphql-response+json, application/json', 400],
      ['*/*', 400],
    ])('with Accept %s: HTTP %i, GRAPHQL_PARSE_FAILED, no session left open', async (accept, status) => {
      for (const query of ['{ cases { ', 'query {', '}{', 'mutation { openCase(input: { subject: "x }) { id } }', '{ cases { items { ' + 'id '.repeat(1200) + '} } }']) {
        const res = await post(JSON.stringify({ query }), { accept });
        expect(res.status).toBe(status);
        const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      }
      expect(await sessionsIdleInTransaction()).toBe(0);
    });

    test('an unknown field is a 400 validation error, not a 500', async () => {
      const res = await post(JSON.stringify({ query: '{ nope }' }), { accept: 'application/graphql-response+json' });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });
  describe("in the reader's language (Accept-Language, else the person's own)", () => {
    type Answer = { errors: { message: string; extensions: Record<string, unknown> }[] };
    const ask = async (body: unknown, headers: Record<string, string>) => {
      const res = await fetch(`${stack.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as Answer };
    };
    const tooLong = () => ({ query: OPEN, variables: { i: ward({ subject: 'x'.repeat(201) }) } });

    test('Accept-Language: cy answers in Welsh with the same code and field; en and none in English', async () => {
      const auth = { authorization: `Bearer ${clerk.token}` };
      const cy = await ask(tooLong(), { ...auth, 'accept-language': 'cy' });
      const en = await ask(tooLong(), { ...auth, 'accept-language': 'en-GB,en;q=0.9' });
      const none = await ask(tooLong(), auth);
      expect(cy.body.errors[0].extensions).toEqual(en.body.errors[0].extensions);
      expect(cy.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });
      expect(cy.body.errors[0].message).toBe('subject: rhaid iddo fod o 1 i 200 nod');
      expect(en.body.errors[0].message).toBe('subject: must be 1 to 200 characters');
      expect(none.body.errors[0].message).toBe(en.body.errors[0].message);
      // A Welsh speaker's browser that prefers Welsh to English.
      expect((await ask(tooLong(), { ...auth, 'accept-language': 'en;q=0.5, cy-GB;q=0.9' })).body.errors[0].message).toBe(cy.body.errors[0].message);
    });

    test("a person whose language is Welsh reads Welsh unless the request asks for English", async () => {
      const cwmbran = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
      const auth = { authorization: `Bearer ${cwmbran.token}` };
      const other = { query: 'query($id: ID!) { council(id: $id) { id } }', variables: { id: stack.db.councils.ashbury } };
      const own = await ask(other, auth);
      expect(own.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(own.body.errors[0].message).toBe("Ni ddaethpwyd o hyd i'r cofnod hwn: Cyngor");
      const english = await ask(other, { ...auth, 'accept-language': 'en' });
      expect(english.body.errors[0].message).toBe('Council was not found');
      expect(english.body.errors[0].extensions.id).toBe(stack.db.councils.ashbury);
    });

    test('before anyone is known: a bad token, a malformed body, a database refusal', async () => {
      const cy = { 'accept-language': 'cy' };
      const badToken = await ask({ query: '{ __typename }' }, { ...cy, authorization: 'Bearer not-a-token' });
      expect(badToken.status).toBe(401);
      expect(badToken.body.errors[0]).toMatchObject({ message: 'Nid yw eich mewngofnod yn ddilys neu mae wedi dod i ben; mewngofnodwch eto', extensions: { code: 'UNAUTHENTICATED' } });
      const json = await ask('{ not json', cy);
      expect(json.status).toBe(400);
      expect(json.body.errors[0]).toMatchObject({ message: 'Nid yw corff y cais yn JSON dilys', extensions: { code: 'BAD_REQUEST' } });
      const nul = await ask({ query: OPEN, variables: { i: ward({ subject: 'a\u0000b' }) } }, { ...cy, authorization: `Bearer ${clerk.token}` });
      expect(nul.body.errors[0].message).toBe('subject: ni chaiff gynnwys nodau rheoli na dirprwyon heb eu paru (cafwyd U+0000)');
      const wrong = await ask({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: 'nobody@accord.example', p: 'not the password at all' } }, cy);
      expect(wrong.body.errors[0]).toMatchObject({ message: "Nid yw'r cyfeiriad e-bost neu'r cyfrinair yn gywir", extensions: { code: 'UNAUTHENTICATED' } });
    });
  });
});
