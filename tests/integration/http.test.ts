import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from '../support/stack';
import { createTestDb, type TestDb } from '../support/db';
import { startApiProcess } from '../support/processes';

/** The admin app's files as the API serves them, and errors outside GraphQL: short answers, never a stack trace. */
describe('serving the admin app', () => {
  let stack: Stack;
  const dist = mkdtempSync(join(tmpdir(), 'accord-admin-'));
  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Accord test page</title>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    stack = await startStack({ ADMIN_DIST: dist });
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = async (path: string) => {
    const r = await fetch(`${stack.baseUrl}${path}`, { redirect: 'manual' });
    return { status: r.status, type: r.headers.get('content-type') ?? '', cache: r.headers.get('cache-control'), body: await r.text() };
  };
  const noStack = (body: string) => expect(body).not.toMatch(/\bat(\s|&nbsp;)+\S+|node_modules|\.js:\d+|<pre>/);

  test('the app page for any route under /admin, not cached; its scripts as files', async () => {
    for (const path of ['/admin/', '/admin/cases/123/show']) {
      const r = await get(path);
      expect([r.status, r.body, r.cache]).toEqual([200, '<!doctype html><title>Accord test page</title>', 'no-cache']);
    }
    expect((await get('/admin/assets/index-abc.js')).body).toBe('console.log(1)');
    expect((await get('/')).status).toBe(302);
  });

  test('a missing script is a 404, not the app page', async () => {
    const r = await get('/admin/assets/index-old.js');
    expect([r.status, r.body]).toEqual([404, 'Not found']);
  });

  test('a malformed path is a 400 with a short message and no stack trace', async () => {
    const r = await get('/admin/%E0%A4%A');
    expect(r.status).toBe(400);
    expect(r.type).toMatch(/^text\/plain/);
    noStack(r.body);
  });

  test('the app page gone (mid-deploy): a short answer, no stack trace', async () => {
    rmSync(join(dist, 'index.html'));
    try {
      const r = await get('/admin/councils');
      expect(r.status).toBe(404);
      expect(r.body).toBe('Not found');
      noStack(r.body);
    } finally {
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Accord test page</title>');
    }
  });
});

/**
 * The built API process stops cleanly on SIGTERM (as docker compose and `npm start` stop it), in every
 * environment: Apollo Server's own signal handling (on outside NODE_ENV=test) once left it hanging.
 */
describe('the API process', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db?.drop());

  test.each(['development', 'production'])('NODE_ENV=%s: answers, then exits 0 soon after SIGTERM', async (env) => {
    const api = await startApiProcess(db.config, { NODE_ENV: env });
    try {
      const r = await fetch(`http://127.0.0.1:${api.port}/healthz`);
      expect(r.status).toBe(200);
      const t0 = Date.now();
      api.child.kill('SIGTERM');
      const code = await Promise.race([api.exited, new Promise((ok) => setTimeout(() => ok('still running after 15 s'), 15_000))]);
      expect(code).toBe(0);
      expect(Date.now() - t0).toBeLessThan(15_000);
    } finally {
      if (api.child.exitCode === null) api.child.kill('SIGKILL');
    }
  }, 60_000);
});
