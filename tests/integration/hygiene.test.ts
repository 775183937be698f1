import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { QueryFailedError } from 'typeorm';
import { createDataSource, createLogger, createServer, migrations } from '@accord/api';
import { issueBoardSession } from '../../api/src/http/board-session';
import { createTestDb, type TestDb } from '../support/db';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

/** Issue 10, points 7–9: logs and records keep secrets, HTTP hygiene, output escaping, production defaults. */

const ROOT = join(__dirname, '..', '..');
const BOARD = '/admin/queues';

/** A stack whose API logs (at debug) into `lines`, as parsed JSON. */
async function capturedStack(extraEnv: NodeJS.ProcessEnv = {}) {
  const raw: string[] = [];
  const sink = { write: (s: string) => void raw.push(s) };
  const db: TestDb = await createTestDb(extraEnv);
  const log = createLogger('api', 'debug', sink);
  const server = await createServer(db.config, db.app, log);
  const http: Server = createHttpServer(server.app);
  await server.start(http);
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  return {
    db,
    raw,
    sink,
    lines: () => raw.map((l) => JSON.parse(l) as Record<string, any>),
    baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    async stop() {
      await server.stop();
      if (http.listening) await new Promise((ok) => http.close(ok));
      await db.drop();
    },
  };
}

/** Runs a node script from the repo root with `env` (no inherited NODE_ENV/JWT_SECRET), for its exit code and output. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  const { NODE_ENV: _n, JWT_SECRET: _j, SEED_FORCE: _s, API_HOST: _h, ...inherited } = process.env;
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...inherited, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, out });
    });
  });
}

describe('HTTP hygiene', () => {
  let stack: Stack;
  let admin: { token: string };
  beforeAll(async () => {
    stack = await startStack();
    admin = await signIn(stack.baseUrl, 'admin@accord.example');
  });
  afterAll(() => stack?.stop());

  const get = (path: string, init: RequestInit = {}) => fetch(`${stack.baseUrl}${path}`, { redirect: 'manual', ...init });
  const csp = (res: Response) =>
    Object.fromEntries(
      (res.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );

  test('the admin app, GraphQL and the queue board send the security headers; HSTS not over plain http', async () => {
    const boardSession = await get(`${BOARD}/session`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` } });
    const cookie = boardSession.headers.get('set-cookie')!.split(';')[0]!;
    const responses = {
      admin: await get('/admin/'),
      graphql: await fetch(`${stack.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }),
      board: await get(BOARD, { headers: { cookie } }),
      boardRefused: await get(BOARD),
      health: await get('/healthz'),
    };
    expect(responses.admin.status).toBe(200);
    expect(responses.graphql.status).toBe(200);
    expect(responses.board.status).toBe(200);
    expect(responses.boardRefused.status).toBe(401);
    for (const [what, res] of Object.entries(responses)) {
      const policy = csp(res);
      expect([what, policy['frame-ancestors']]).toEqual([what, ["'none'"]]);
      expect([what, res.headers.get('x-content-type-options')]).toEqual([what, 'nosniff']);
      expect([what, res.headers.get('referrer-policy')]).toEqual([what, 'no-referrer']);
      expect([what, res.headers.get('x-frame-options')]).toEqual([what, 'DENY']);
      expect([what, res.headers.get('strict-transport-security')]).toEqual([what, null]);
      expect([what, policy['upgrade-insecure-requests']]).toEqual([what, undefined]);
    }
    // The admin app: its own scripts only, inline styles (MUI/emotion), nothing inline to run.
    expect(csp(responses.admin)).toMatchObject({ 'default-src': ["'self'"], 'script-src': ["'self'"], 'script-src-attr': ["'none'"], 'style-src': ["'self'", "'unsafe-inline'"], 'object-src': ["'none'"] });
    // GraphQL's JSON may load nothing at all.
    expect(csp(responses.graphql)['default-src']).toEqual(["'none'"]);
    expect(csp(responses.board)['script-src']).toEqual(["'self'"]);
  });

  test('over https (PUBLIC_URL https://…): HSTS and upgrade-insecure-requests too', async () => {
    const https = await startStack({ PUBLIC_URL: 'https://accord.example.gov.uk' });
    try {
      for (const path of ['/admin/', '/graphql', '/healthz']) {
        const res = await fetch(`${https.baseUrl}${path}`);
        expect([path, res.headers.get('strict-transport-security')]).toEqual([path, 'max-age=31536000; includeSubDomains']);
        expect(res.headers.get('content-security-policy')).toMatch(/upgrade-insecure-requests/);
      }
    } finally {
      await https.stop();
    }
  });

  test('no X-Powered-By anywhere: the app, GraphQL, the board (its page, API and assets), errors', async () => {
    const session = await get(`${BOARD}/session`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` } });
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
    const page = await get(BOARD, { headers: { cookie } });
    const asset = /src="(static\/js\/[^"]+\.js)"/.exec(await page.clone().text())?.[1];
    expect(asset).toBeDefined();
    const all = [
      ['/', await get('/')],
      ['/admin/', await get('/admin/')],
      ['/admin/assets/missing.js', await get('/admin/assets/missing.js')],
      ['/graphql', await fetch(`${stack.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })],
      ['/graphql GET html', await get('/graphql', { headers: { accept: 'text/html' } })],
      ['/healthz', await get('/healthz')],
      ['/calendar/…', await get('/calendar/cal_not-a-real-token-at-all.ics')],
      ['/nowhere', await get('/nowhere')],
      [BOARD, page],
      [`${BOARD} (refused)`, await get(BOARD)],
      [`${BOARD}/api/queues`, await get(`${BOARD}/api/queues`, { headers: { cookie } })],
      [`${BOARD}/${asset}`, await get(`${BOARD}/${asset}`, { headers: { cookie } })],
      [`${BOARD}/session`, session],
    ] as const;
    expect(all.filter(([, r]) => r.status >= 500).map(([p]) => p)).toEqual([]);
    expect(all.filter(([, r]) => r.headers.has('x-powered-by')).map(([p]) => p)).toEqual([]);
  });

  test('the board cookie is a session of its own: not the JWT, path-scoped, short-lived, and it opens nothing else', async () => {
    const res = await get(`${BOARD}/session`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` } });
    expect(res.status).toBe(204);
    const setCookie = res.headers.get('set-cookie')!;
    const attributes = setCookie.split(/;\s*/);
    const [name, value] = attributes[0]!.split('=');
    expect(name).toBe('accord_board');
    expect(value).not.toBe(admin.token);
    expect(value).not.toContain(admin.token.split('.')[1]!);
    expect(value!.split('.')).not.toHaveLength(3); // not a JWT of any kind
    expect(attributes).toEqual(expect.arrayContaining([`Path=${BOARD}`, 'HttpOnly', 'SameSite=Strict']));
    const maxAge = Number(attributes.find((a) => a.startsWith('Max-Age='))?.slice(8));
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(15 * 60);
    expect(attributes.some((a) => /^Expires=|^Domain=/i.test(a))).toBe(false);

    // It opens the board, and only the board.
    expect((await get(BOARD, { headers: { cookie: `accord_board=${value}` } })).status).toBe(200);
    expect(codeOf(await gql(stack.baseUrl, '{ me { id } }', undefined, { token: value! }))).toBe('UNAUTHENTICATED');
    // The bearer token in the cookie (what it used to be) no longer opens the board.
    expect((await get(BOARD, { headers: { cookie: `accord_board=${admin.token}` } })).status).toBe(401);
    // Expired, tampered with, or signed with another secret: refused.
    const userId = stack.db.users['admin@accord.example']!;
    const secret = stack.db.config.auth.jwtSecret;
    const expired = issueBoardSession(secret, { userId, tokenVersion: 1 }, Date.now() - 16 * 60_000);
    const otherKey = issueBoardSession('another-secret-another-secret-another-1', { userId, tokenVersion: 1 });
    const tampered = value!.replace(/\.(\d+)\.([^.]+)$/, (_m, exp, sig) => `.${Number(exp) + 86_400}.${sig}`);
    for (const bad of [expired, otherKey, tampered]) expect((await get(BOARD, { headers: { cookie: `accord_board=${bad}` } })).status).toBe(401);
    // A clerk's board session (were one forged with the key) is still refused: the user must be a platform admin now.
    const clerk = issueBoardSession(secret, { userId: stack.db.users['clerk.ashbury@accord.example']!, tokenVersion: 1 });
    expect((await get(BOARD, { headers: { cookie: `accord_board=${clerk}` } })).status).toBe(403);
  });
});

describe('logs and records', () => {
  let stack: Awaited<ReturnType<typeof capturedStack>>;
  beforeAll(async () => {
    stack = await capturedStack();
  });
  afterAll(() => stack?.stop());

  test('every request has one line with its id, the principal and council ids; no password, token or hash in any line', async () => {
    const wrong = 'Wrong-Password-Marker-7731';
    await gql(stack.baseUrl, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: 'clerk.ashbury@accord.example', p: wrong });
    const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const given = 'trace-abc.123';
    const res = await fetch(`${stack.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clerk.token}`, 'x-request-id': given },
      body: JSON.stringify({ query: 'query Mine { me { user { email } } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(given);
    // A hostile request id is replaced, not logged.
    const hostile = await fetch(`${stack.baseUrl}/healthz`, { headers: { 'x-request-id': 'not an id" , "level": "fake' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // A calendar app fetching a feed: the token is the credential, and never logged.
    const feed = await gql(stack.baseUrl, 'mutation($c: ID!) { createCalendarFeed(councilId: $c, name: "Log check") { url feed { id } } }', { c: stack.db.councils.ashbury }, clerk);
    const feedToken = /\/calendar\/([^/]+)\.ics$/.exec(feed.data.createCalendarFeed.url)![1]!;
    expect((await fetch(`${stack.baseUrl}/calendar/${feedToken}.ics`)).status).toBe(200);
    await new Promise((ok) => setTimeout(ok, 100));

    const lines = stack.lines();
    expect(lines.find((l) => l.msg === 'request' && l.path === '/calendar/[token].ics')).toMatchObject({ status: 200, principal: `calendarFeed:${feed.data.createCalendarFeed.feed.id}`, councilIds: [stack.db.councils.ashbury] });
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(4);
    expect(requests.every((l) => typeof l.requestId === 'string' && l.requestId.length > 0)).toBe(true);
    expect(new Set(requests.map((l) => l.requestId)).size).toBe(requests.length);
    const mine = requests.find((l) => l.requestId === given)!;
    const ashbury = stack.db.councils.ashbury;
    expect(mine).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'Mine', principal: `user:${stack.db.users['clerk.ashbury@accord.example']}`, councilIds: [ashbury] });
    expect(typeof mine.ms).toBe('number');
    expect(lines.every((l) => typeof l.time === 'string' && typeof l.level === 'string' && l.name === 'api')).toBe(true);

    const hash = (await stack.db.admin.query(`SELECT password_hash FROM users WHERE email = 'clerk.ashbury@accord.example'`)).rows[0].password_hash as string;
    const text = stack.raw.join('');
    for (const secret of [wrong, 'accord-demo-2026', clerk.token, clerk.token.split('.')[2]!, hash, '$argon2', feedToken]) expect([secret, text.includes(secret)]).toEqual([secret, false]);
  });

  test('failed SQL is logged with its statement but never its parameters; errors lose parameters, driver error and detail', async () => {
    const raw: string[] = [];
    const log = createLogger('db', 'info', { write: (s: string) => void raw.push(s) });
    const ds = createDataSource(stack.db.config, 'app', log);
    await ds.initialize();
    const hash = '$argon2id$v=19$m=65536,t=3,p=4$c2VjcmV0LXNhbHQ$Zm9yZ2VkLWhhc2gtbWFya2VyLXZhbHVl';
    const caseText = 'Confidential complaint text marker 5521';
    try {
      await expect(ds.query('SELECT 1 / 0 WHERE $1::text <> $2::text', [hash, caseText])).rejects.toThrow(/division by zero/);
    } finally {
      await ds.destroy();
    }
    const failed = raw.map((l) => JSON.parse(l)).find((l) => l.msg === 'sql failed');
    expect(failed).toMatchObject({ level: 'warn', name: 'db', query: 'SELECT 1 / 0 WHERE $1::text <> $2::text', error: { message: 'division by zero', code: '22012' } });

    // The same error passed to any logger (the API's "internal error" line does this).
    const error = new QueryFailedError('INSERT INTO users (email, password_hash) VALUES ($1, $2)', ['a@b.example', hash], Object.assign(new Error('duplicate key'), { detail: `Key (email)=(${caseText}) already exists.`, parameters: [hash] }));
    createLogger('api', 'info', { write: (s: string) => void raw.push(s) }).error('internal error', { error, parameters: [hash], variables: { password: caseText } });
    const text = raw.join('');
    expect(text).toContain('internal error');
    expect(text).toContain('INSERT INTO users (email, password_hash) VALUES ($1, $2)');
    for (const secret of [hash, '$argon2', caseText, 'a@b.example']) expect([secret, text.includes(secret)]).toEqual([secret, false]);
  });

  test('the audit log never holds a calendar feed token hash (created and revoked)', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const council = stack.db.councils.ashbury;
    const created = await gql(stack.baseUrl, 'mutation($c: ID!) { createCalendarFeed(councilId: $c, name: "Ashbury deadlines") { url feed { id } } }', { c: council }, clerk);
    expect(created.errors).toBeUndefined();
    const { feed } = created.data.createCalendarFeed;
    expect((await gql(stack.baseUrl, 'mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }', { id: feed.id }, clerk)).errors).toBeUndefined();

    const [{ token_hash: stored }] = (await stack.db.admin.query('SELECT token_hash FROM calendar_feeds WHERE id = $1', [feed.id])).rows;
    const rows = (await stack.db.admin.query(`SELECT action, before, after FROM audit_log WHERE entity = 'calendar_feed' AND entity_id = $1 ORDER BY id`, [feed.id])).rows;
    expect(rows.map((r) => r.action).sort()).toEqual(['calendar_feed.create', 'calendar_feed.revoke']);
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/token_?hash/i);
    for (const encoding of ['hex', 'base64', 'base64url'] as const) expect(text).not.toContain((stored as Buffer).toString(encoding));
    expect(text).not.toContain(JSON.stringify(stored).slice(1, -1)); // a Buffer as JSON ({"type":"Buffer","data":[…]})
    expect(rows.find((r) => r.action === 'calendar_feed.create').after).toMatchObject({ id: feed.id, name: 'Ashbury deadlines' });
    // And as the API shows it to the council's readers.
    const shown = await gql(stack.baseUrl, 'query($c: ID!, $e: ID) { auditLog(councilId: $c, entityId: $e) { items { action before after } } }', { c: council, e: feed.id }, clerk);
    expect(shown.data.auditLog.items).toHaveLength(2);
    expect(JSON.stringify(shown.data)).not.toMatch(/token_?hash/i);
  });
  test('entries written before the fix lose their token hash (migration AuditWithoutTokenHashes)', async () => {
    const council = stack.db.councils.ashbury;
    const old = { id: '11111111-1111-4111-8111-111111111111', name: 'Old feed', tokenHash: { type: 'Buffer', data: [1, 2, 3] } };
    const { rows } = await stack.db.admin.query(
      `INSERT INTO audit_log (council_id, action, entity, entity_id, before, after) VALUES ($1, 'calendar_feed.revoke', 'calendar_feed', $2, $3, $3) RETURNING id`,
      [council, old.id, JSON.stringify(old)],
    );
    const owner = createDataSource(stack.db.config, 'owner');
    await owner.initialize();
    const runner = owner.createQueryRunner();
    try {
      const migration = migrations.map((M) => new M()).find((m) => m.name === 'AuditWithoutTokenHashes1765090000000')!;
      await migration.up(runner);
      await migration.up(runner); // twice is harmless
    } finally {
      await runner.release();
      await owner.destroy();
    }
    const [entry] = (await stack.db.admin.query('SELECT before, after FROM audit_log WHERE id = $1', [rows[0].id])).rows;
    expect(entry).toEqual({ before: { id: old.id, name: 'Old feed' }, after: { id: old.id, name: 'Old feed' } });
  });
});

describe('no "Did you mean" in production', () => {
  const attempts: [string, string, Record<string, unknown>?][] = [
    ['a field', '{ casse { totalCount } }'],
    ['an argument', '{ cases(limt: 5) { totalCount } }'],
    ['a type', '{ ... on Quer { __typename } }'],
    ['an enum value in the document', '{ cases(filter: { status: [OPN] }) { totalCount } }'],
    ['an enum value in variables', 'query($s: [CaseStatus!]) { cases(filter: { status: $s }) { totalCount } }', { s: ['OPN'] }],
    ['an input field', '{ cases(filter: { statu: [OPEN] }) { totalCount } }'],
    ['an input field in variables', 'query($f: CaseFilter) { cases(filter: $f) { totalCount } }', { f: { statu: ['OPEN'] } }],
  ];
  const messages = async (stack: Stack, token: string) => {
    const out: [string, string][] = [];
    for (const [what, query, variables] of attempts) {
      const r = await gql(stack.baseUrl, query, variables, { token });
      expect([what, r.status < 500, r.errors?.length ?? 0]).toEqual([what, true, expect.any(Number)]);
      expect([what, (r.errors?.length ?? 0) > 0]).toEqual([what, true]);
      for (const e of r.errors ?? []) out.push([what, e.message]);
    }
    return out;
  };

  test('development suggests names (so the check below can fail)', async () => {
    const stack = await startStack({ NODE_ENV: 'development' });
    try {
      const all = await messages(stack, (await signIn(stack.baseUrl, 'clerk.ashbury@accord.example')).token);
      const suggesting = new Set(all.filter(([, m]) => /Did you mean/.test(m)).map(([w]) => w));
      expect(suggesting.size).toBeGreaterThanOrEqual(5);
      expect(suggesting.has('an enum value in variables')).toBe(true);
    } finally {
      await stack.stop();
    }
  });

  test('NODE_ENV=production: none of any kind', async () => {
    const stack = await startStack({ NODE_ENV: 'production' });
    try {
      const all = await messages(stack, (await signIn(stack.baseUrl, 'clerk.ashbury@accord.example')).token);
      expect(all.filter(([, m]) => /did you mean|\bsuggest/i.test(m))).toEqual([]);
      // Still says what was wrong.
      expect(all.find(([w]) => w === 'an enum value in variables')?.[1]).toMatch(/"OPN" does not exist in "CaseStatus" enum\.$/);
    } finally {
      await stack.stop();
    }
  });
});

describe('production defaults', () => {
  const secret = 'a-real-secret-of-at-least-32-characters!!';
  // A port nothing listens on: a refusal must come before any connection is tried.
  const nowhere = { PGHOST: '127.0.0.1', PGPORT: '1', REDIS_URL: 'redis://127.0.0.1:1' };

  test('the seed command refuses under NODE_ENV=production unless forced', async () => {
    const refused = await run(['api/dist/cli.js', 'seed'], { ...nowhere, NODE_ENV: 'production', JWT_SECRET: secret });
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/Refusing to load demo data: NODE_ENV is production.*--force.*SEED_FORCE=true/);
    // Forced (either way), it goes on to the database (which is not there).
    for (const forced of [run(['api/dist/cli.js', 'seed', '--force'], { ...nowhere, NODE_ENV: 'production', JWT_SECRET: secret }), run(['api/dist/cli.js', 'seed'], { ...nowhere, NODE_ENV: 'production', JWT_SECRET: secret, SEED_FORCE: 'true' })]) {
      const r = await forced;
      expect(r.code).toBe(1);
      expect(r.out).not.toMatch(/Refusing/);
      expect(r.out).toMatch(/ECONNREFUSED|connect/i);
    }
  });

  test('the API refuses the published development JWT secret unless in development on a loopback address', async () => {
    const offLoopback = await run(['api/dist/main.js'], { ...nowhere, NODE_ENV: 'development', API_HOST: '0.0.0.0' });
    expect(offLoopback.code).toBe(1);
    expect(offLoopback.out).toMatch(/JWT_SECRET: the built-in development secret is public.*API_HOST 0\.0\.0\.0 is not a loopback address/);
    const production = await run(['api/dist/main.js'], { ...nowhere, NODE_ENV: 'production' });
    expect(production.code).toBe(1);
    expect(production.out).toMatch(/JWT_SECRET: the built-in development secret is public.*NODE_ENV is production/);
    // Without NODE_ENV (development) on the default 127.0.0.1, the secret passes: the API gets as far as the database.
    const local = await run(['api/dist/main.js'], { ...nowhere });
    expect(local.out).not.toMatch(/JWT_SECRET/);
    expect(local.out).toMatch(/ECONNREFUSED|connect/i);
  });

  test('compose loads demo data only with DEMO_DATA=true, and then as an explicit --force', async () => {
    const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
    expect(compose).toMatch(/DEMO_DATA: \$\{DEMO_DATA:-false\}/);
    expect(compose).toMatch(/if \[ \\"\$\$DEMO_DATA\\" = true \]; then node api\/dist\/cli\.js seed --force; fi/);
    expect(compose).toMatch(/NODE_ENV: production/);
  });
});
