/**
 * An outsider's attacks on POST /imports and /imports/bulk (issue 13): multipart bodies that are not what
 * the route expects, callers who may not upload, and clients that send slowly or stop half-way. Each is a
 * 4xx with a code and nothing written; no request holds a database connection while it waits for a body.
 */
import { connect, type Socket } from 'node:net';
import { Client } from 'pg';
import { runId } from '../support/env';
import { createTestDb, type TestDb } from '../support/db';
import { startApiProcess, type Proc } from '../support/processes';
import { gql, signIn } from '../support/graphql';

const TEXT = '# Protocol\n\n1. Members should write to the Clerk, who will respond within 10 working days.\n';

describe('outside: uploads', () => {
  // The built API in its own process (the parsers' ES modules do not load inside jest).
  let stack: { baseUrl: string; db: TestDb };
  let api: Proc;
  let clerk: { token: string };
  let viewer: { token: string };
  let apiKey: string;
  let appUser: string;

  beforeAll(async () => {
    // A small pool, so that a few held connections are visible as a starved API.
    const db = await createTestDb({ REDIS_PREFIX: `accord-test-${runId()}-outside-up` });
    const proc = await startApiProcess(db.config, { PG_POOL_MAX: '4', PG_ACQUIRE_TIMEOUT_MS: '1500', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn' });
    api = proc;
    stack = { baseUrl: `http://127.0.0.1:${proc.port}`, db };
    appUser = stack.db.config.db.app.user;
    clerk = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    const c = stack.db.councils.kingsford;
    const made = await gql(
      stack.baseUrl,
      'mutation($c: ID!) { createUser(input: { email: "viewer.kingsford@example.org", displayName: "Viewer", password: "a-long-enough-passphrase-9", councilId: $c, role: VIEWER }) { id } }',
      { c },
      clerk,
    );
    expect(made.errors).toBeUndefined();
    viewer = await signIn(stack.baseUrl, 'viewer.kingsford@example.org', 'a-long-enough-passphrase-9');
    const key = await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Site", councilId: $c }) { secret } }', { c }, clerk);
    apiKey = key.data.createApiKey.secret;
  }, 60_000);
  afterAll(async () => {
    api?.child.kill('SIGTERM');
    await api?.exited;
    await stack?.db.drop();
  });

  const imports = async () => (await stack.db.admin.query('SELECT count(*)::int AS n FROM protocol_imports')).rows[0].n as number;
  const openTransactions = async () =>
    (
      await stack.db.admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND usename = $1 AND state LIKE 'idle in transaction%'`,
        [appUser],
      )
    ).rows[0].n as number;

  const post = async (path: string, headers: Record<string, string>, body: Buffer | string | FormData) => {
    const res = await fetch(`${stack.baseUrl}${path}`, { method: 'POST', headers, body });
    const text = await res.text();
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, json, text };
  };
  const form = (fields: [string, string | Blob, string?][]) => {
    const f = new FormData();
    for (const [name, value, filename] of fields) {
      if (typeof value === 'string') f.append(name, value);
      else f.append(name, value, filename);
    }
    return f;
  };
  const auth = (t: { token: string }) => ({ authorization: `Bearer ${t.token}` });
  const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

  const expectRefused = (r: { status: number; json: any; text: string }, status: number, code: string) => {
    expect({ status: r.status, code: r.json?.error?.code }).toEqual({ status, code });
    expect(r.json.error.message.length).toBeLessThan(200);
    expect(r.json.error.message).not.toMatch(UUID);
    expect(r.text).not.toMatch(/at \S+ \(|node_modules/);
  };

  test.each<[string, () => [Record<string, string>, Buffer | string | FormData], number, string]>([
    ['multipart with no boundary', () => [{ 'content-type': 'multipart/form-data' }, 'whatever'], 400, 'BAD_USER_INPUT'],
    ['JSON instead of multipart', () => [{ 'content-type': 'application/json' }, JSON.stringify({ councilId: stack.db.councils.kingsford, file: TEXT })], 400, 'BAD_USER_INPUT'],
    ['no content type at all', () => [{}, Buffer.from(TEXT)], 400, 'BAD_USER_INPUT'],
    ['a boundary that never appears in the body', () => [{ 'content-type': 'multipart/form-data; boundary=zzzz' }, TEXT], 400, 'BAD_USER_INPUT'],
    [
      'two files',
      () => [{}, form([['councilId', stack.db.councils.kingsford], ['file', new Blob([TEXT]), 'a.txt'], ['file', new Blob([TEXT]), 'b.txt']])],
      400,
      'BAD_USER_INPUT',
    ],
    ['no file', () => [{}, form([['councilId', stack.db.councils.kingsford]])], 400, 'BAD_USER_INPUT'],
    ['councilId under another name', () => [{}, form([['councilid', stack.db.councils.kingsford], ['file', new Blob([TEXT]), 'a.txt']])], 400, 'BAD_USER_INPUT'],
    ['a 100,000-character field name', () => [{}, form([['x'.repeat(100_000), 'y'], ['file', new Blob([TEXT]), 'a.txt']])], 400, 'BAD_USER_INPUT'],
    ['councilId that is not an id', () => [{}, form([['councilId', 'kingsford'], ['file', new Blob([TEXT]), 'a.txt']])], 400, 'BAD_USER_INPUT'],
    ['councilId of 5,000 characters', () => [{}, form([['councilId', 'k'.repeat(5000)], ['file', new Blob([TEXT]), 'a.txt']])], 400, 'BAD_USER_INPUT'],
    ["another council's id", () => [{}, form([['councilId', stack.db.councils.glanmor], ['file', new Blob([TEXT]), 'a.txt']])], 404, 'NOT_FOUND'],
  ])('%s: a 4xx with a code, nothing written', async (_name, make, status, code) => {
    const before = await imports();
    const [headers, body] = make();
    const r = await post('/imports', { ...auth(clerk), ...headers }, body);
    expectRefused(r, status, code);
    expect(await imports()).toBe(before);
  });

  test('a viewer of the council and an API key of the council may not upload: FORBIDDEN, nothing written', async () => {
    const before = await imports();
    const body = () => form([['councilId', stack.db.councils.kingsford], ['file', new Blob([TEXT]), 'a.txt']]);
    expectRefused(await post('/imports', auth(viewer), body()), 403, 'FORBIDDEN');
    expectRefused(await post('/imports', { authorization: `ApiKey ${apiKey}` }, body()), 403, 'FORBIDDEN');
    expectRefused(await post('/imports', { 'x-api-key': apiKey }, body()), 403, 'FORBIDDEN');
    // Bulk: a viewer reaches no council it may import to; an API key is refused outright.
    const bulk = await post('/imports/bulk', auth(viewer), form([['files', new Blob([TEXT]), 'kingsford.txt']]));
    expect(bulk.status).toBeLessThan(500);
    expect(bulk.json.results?.every((x: any) => x.error) ?? true).toBe(true);
    const keyBulk = await post('/imports/bulk', { authorization: `ApiKey ${apiKey}` }, form([['files', new Blob([TEXT]), 'kingsford.txt']]));
    expect([401, 403]).toContain(keyBulk.status);
    expect(await imports()).toBe(before);
  });

  test('GET and PUT on /imports: 405 with a code', async () => {
    const get = await fetch(`${stack.baseUrl}/imports`, { headers: auth(clerk) });
    expect(get.status).toBe(405);
    expect(((await get.json()) as any).error.code).toBe('METHOD_NOT_ALLOWED');
    const put = await fetch(`${stack.baseUrl}/imports/bulk`, { method: 'PUT', headers: auth(clerk), body: 'x' });
    expect(put.status).toBe(405);
  });

  /** Opens an upload whose body says it is longer than what is sent, and sends only its start. */
  const slowUpload = (path: string): Promise<Socket> =>
    new Promise((resolve, reject) => {
      const { port } = new URL(stack.baseUrl);
      const s = connect(Number(port), '127.0.0.1', () => {
        const boundary = 'outsideboundary';
        const start = `--${boundary}\r\nContent-Disposition: form-data; name="councilId"\r\n\r\n${stack.db.councils.kingsford}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.txt"\r\nContent-Type: text/plain\r\n\r\n1. Members`;
        s.write(
          `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${clerk.token}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 100000\r\n\r\n${start}`,
          (e) => (e ? reject(e) : resolve(s)),
        );
      });
      s.on('error', () => undefined);
    });

  test('uploads that send their body slowly hold no database connection: others are answered meanwhile', async () => {
    const sockets = await Promise.all([1, 2, 3, 4, 5].map(() => slowUpload('/imports')));
    try {
      await new Promise((ok) => setTimeout(ok, 300));
      const other = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
      const started = Date.now();
      const r = await gql(stack.baseUrl, '{ councils { totalCount } }', {}, other);
      expect({ status: r.status, errors: r.errors }).toEqual({ status: 200, errors: undefined });
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      for (const s of sockets) s.destroy();
    }
  });

  test('an upload whose client goes away half-way leaves no transaction open, single or bulk', async () => {
    const sockets = await Promise.all([slowUpload('/imports'), slowUpload('/imports/bulk')]);
    await new Promise((ok) => setTimeout(ok, 300));
    for (const s of sockets) s.destroy();
    const end = Date.now() + 3000;
    while ((await openTransactions()) > 0 && Date.now() < end) await new Promise((ok) => setTimeout(ok, 100));
    expect(await openTransactions()).toBe(0);
    // And the pool has all its connections back: as many requests as the pool holds, at once, all answered.
    const rs = await Promise.all([1, 2, 3, 4, 5, 6].map(() => gql(stack.baseUrl, '{ councils { totalCount } }', {}, clerk)));
    expect(rs.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  test('no database connection in time for an upload: 503 with Retry-After, not a 500; nothing written', async () => {
    const before = await imports();
    const { db } = stack.db.config;
    const locker = new Client({ host: db.host, port: db.port, user: db.admin.user, database: db.database });
    await locker.connect();
    try {
      // Every request that reads who its caller is now waits: four of them take the whole pool.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
      const waiting = [1, 2, 3, 4].map(() => gql(stack.baseUrl, '{ councils { totalCount } }', {}, clerk));
      await new Promise((ok) => setTimeout(ok, 300));
      const r = await post('/imports', auth(clerk), form([['councilId', stack.db.councils.kingsford], ['file', new Blob([TEXT]), 'a.txt']]));
      expect({ status: r.status, code: r.json?.error?.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      await locker.query('ROLLBACK');
      await Promise.all(waiting);
    } finally {
      await locker.end();
    }
    expect(await imports()).toBe(before);
  });

  test('Content-Length smaller than the body: a 4xx, nothing written, the server still answers', async () => {
    const before = await imports();
    const { port } = new URL(stack.baseUrl);
    const boundary = 'lie';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="councilId"\r\n\r\n${stack.db.councils.kingsford}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n${TEXT}\r\n--${boundary}--\r\n`;
    const answer = await new Promise<string>((resolve) => {
      const s = connect(Number(port), '127.0.0.1', () => {
        s.write(`POST /imports HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${clerk.token}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 40\r\nConnection: close\r\n\r\n${body}`);
      });
      let got = '';
      s.on('data', (c) => (got += c.toString()));
      s.on('close', () => resolve(got));
      s.on('error', () => resolve(got));
      setTimeout(() => s.destroy(), 5000);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(answer).not.toMatch(/^HTTP\/1\.1 5/m);
    expect(await imports()).toBe(before);
    expect((await gql(stack.baseUrl, '{ councils { totalCount } }', {}, clerk)).status).toBe(200);
  });
});
