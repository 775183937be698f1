import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import { createDataSource, createLogger, createServer, ensureDatabase, localDate, migrate, seedDemo, type AccordServer } from '@accord/api';
import type { AccordConfig } from '@accord/config';
import { testConfig } from '../support/env';
import { startStack, type Stack } from '../support/stack';
import { gql, signIn, type Credential } from '../support/graphql';

jest.setTimeout(180_000);

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => ok(p));
    });
  });
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * A private Postgres cluster in a temporary directory on a free port (never the shared
 * one): initdb, trust auth, no fsync. Postgres refuses to run as root, so as root it runs
 * as the postgres user.
 */
class PrivatePostgres {
  readonly dir = mkdtempSync(join(tmpdir(), 'accord-pg-'));
  constructor(readonly port: number) {}

  /** Runs a Postgres program without blocking this process (the API under test runs in it). */
  private async run(bin: string, args: string[]): Promise<void> {
    const asRoot = process.getuid?.() === 0;
    const cmd = asRoot ? 'runuser' : join(PG_BIN, bin);
    await promisify(execFile)(cmd, asRoot ? ['-u', 'postgres', '--', join(PG_BIN, bin), ...args] : args, { timeout: 60_000 });
  }

  async init(): Promise<void> {
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(this.dir, uid, gid);
    }
    await this.run('initdb', ['-D', join(this.dir, 'data'), '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  }

  start(): Promise<void> {
    const opts = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off -c synchronous_commit=off -c max_connections=60`;
    return this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-o', opts, '-l', join(this.dir, 'log'), '-w', '-t', '30', 'start']);
  }

  stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    return this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', mode, '-w', '-t', '30', 'stop']);
  }

  async remove(): Promise<void> {
    await this.stop('immediate').catch(() => undefined); // may be stopped already
    rmSync(this.dir, { recursive: true, force: true });
  }
}

interface Sample {
  sentAt: number;
  doneAt: number;
  status: number;
  code?: string;
  message?: string;
}

/**
 * Issue 10: a Postgres restart under 200 concurrent mixed requests (tokens and API keys)
 * gives fast 503s while it is down and full service within 5 s of it accepting connections,
 * with no session leaked; Redis stopped and started leaves GraphQL answering.
 */
describe('outages', () => {
  describe('Postgres stopped and started under 200 concurrent requests', () => {
    let pg: PrivatePostgres;
    let config: AccordConfig;
    let ds: DataSource;
    let server: AccordServer;
    let http: Server;
    let baseUrl: string;

    beforeAll(async () => {
      pg = new PrivatePostgres(await freePort());
      await pg.init();
      await pg.start();
      config = testConfig('accord_outage', {
        PGPORT: String(pg.port),
        PG_ADMIN_PASSWORD: '',
        PG_POOL_MAX: '10',
        PG_ACQUIRE_TIMEOUT_MS: '3000',
        API_KEY_RATE_LIMIT: '1000000',
      });
      await ensureDatabase(config);
      await migrate(config);
      ds = createDataSource(config, 'app');
      await ds.initialize();
      await seedDemo(ds, localDate('Europe/London'));
      server = await createServer(config, ds, createLogger('api', 'silent'));
      http = createHttpServer(server.app);
      await server.start(http);
      await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
      baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await server?.stop().catch(() => undefined);
      if (http?.listening) await new Promise((ok) => http.close(ok));
      await ds?.destroy().catch(() => undefined);
      await pg?.remove();
    });

    const adminQuery = async <T extends Record<string, unknown>>(sql: string): Promise<T[]> => {
      const c = new Client({ host: '127.0.0.1', port: pg.port, user: 'postgres', database: 'accord_outage' });
      await c.connect();
      try {
        return (await c.query<T>(sql)).rows;
      } finally {
        await c.end();
      }
    };

    test('fast 503s while it is down, every request answered within 5 s of it accepting connections, no leaked session', async () => {
      const clerks = await Promise.all(
        ['clerk.ashbury@accord.example', 'clerk.glanmor@accord.example', 'mo.torfaen@accord.example'].map((e) => signIn(baseUrl, e)),
      );
      const councils = (await adminQuery<{ id: string; slug: string }>('SELECT id, slug FROM councils')).reduce<Record<string, string>>((m, r) => ({ ...m, [r.slug]: r.id }), {});
      const keys: Credential[] = [];
      for (const [clerk, slug] of [[clerks[0], 'ashbury'], [clerks[1], 'glanmor']] as const) {
        const k = await gql(baseUrl, 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', { i: { name: 'Outage', councilId: councils[slug] } }, clerk);
        keys.push({ apiKey: k.data.createApiKey.secret });
      }
      const queries = [
        '{ me { readOnly } councils { items { name } } }',
        '{ cases(limit: 20) { items { id subject council { name } } totalCount } }',
        '{ councils { items { name nextReviewDue children { name } } } }',
      ];

      // One connection per request (node:http, no keep-alive), given up after 15 s.
      const url = new URL(baseUrl);
      const post = (body: string, headers: Record<string, string>) =>
        new Promise<{ status: number; text: string; retryAfter?: string }>((resolve, reject) => {
          const req = request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST', headers, agent: false, timeout: 15_000 }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (d) => (text += d));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text, retryAfter: res.headers['retry-after'] as string | undefined }));
            res.on('error', reject);
          });
          req.on('timeout', () => req.destroy(new Error('no answer within 15 s')));
          req.on('error', reject);
          req.end(body);
        });
      const samples: Sample[] = [];
      let running = true;
      const client = async (n: number) => {
        await sleep(n * 5); // 200 clients starting over a second, not 200 connections in one instant
      for (let i = 0; running; i++) {
          const as = n % 2 ? keys[(n + i) % keys.length] : clerks[(n + i) % clerks.length];
          const sentAt = Date.now();
          let status = -1;
          let code: string | undefined;
          let message: string | undefined;
          try {
            const headers: Record<string, string> = { 'content-type': 'application/json' };
            if (as && 'token' in as) headers.authorization = `Bearer ${as.token}`;
            if (as && 'apiKey' in as) headers.authorization = `ApiKey ${as.apiKey}`;
            const res = await post(JSON.stringify({ query: queries[(n + i) % queries.length] }), headers);
            status = res.status;
            const body = JSON.parse(res.text) as { errors?: { message?: string; extensions?: { code?: string } }[] };
            code = body.errors?.[0]?.extensions?.code;
            message = body.errors?.[0]?.message;
            if (status === 503 && !/^\d+$/.test(res.retryAfter ?? '')) message = 'no Retry-After';
          } catch (e) {
            code = `${status} ${(e as Error).name}: ${(e as Error).message} ${String((e as { cause?: unknown }).cause ?? '')}`.slice(0, 200);
            status = -1; // no answer (in 15 s), or not one in JSON
          }
          samples.push({ sentAt, doneAt: Date.now(), status, code, message });
          if (status !== 200) await sleep(1000); // as a client honouring Retry-After would (a little sooner)
        }
      };
      const clients = Array.from({ length: 200 }, (_, n) => client(n));

      await sleep(4000);
      const stopping = Date.now();
      await pg.stop('fast');
      const down = Date.now();
      await sleep(3000);
      const starting = Date.now();
      await pg.start(); // returns once Postgres accepts connections
      const accepting = Date.now();
      await sleep(7000);
      running = false;
      await Promise.all(clients);

      const before = samples.filter((s) => s.doneAt < stopping);
      const duringOutage = samples.filter((s) => s.sentAt >= down && s.doneAt <= starting);
      const afterRecovery = samples.filter((s) => s.sentAt >= accepting + 5000);
      // Figures for the report.
      const p = (xs: number[], q: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;
      const firstOk = samples.filter((s) => s.sentAt >= accepting && s.status === 200).sort((a, b) => a.doneAt - b.doneAt)[0];
      process.stdout.write(
        `outage: ${samples.length} requests; before ${before.length} (${before.filter((s) => s.status === 200).length} ok); ` +
          `during ${duringOutage.length} (503: ${duringOutage.filter((s) => s.status === 503).length}, p99 ${p(duringOutage.map((s) => s.doneAt - s.sentAt), 0.99)} ms, max ${Math.max(0, ...duringOutage.map((s) => s.doneAt - s.sentAt))} ms); ` +
          `first 200 ${firstOk ? firstOk.doneAt - accepting : 'none'} ms after accepting; after +5 s ${afterRecovery.length} (ok ${afterRecovery.filter((s) => s.status === 200 && !s.code).length}); ` +
          `unexpected ${JSON.stringify([...new Set(samples.filter((s) => s.status !== 200 && s.status !== 503).map((s) => `${s.status} ${s.code} ${s.message}`))].slice(0, 5))} (down ${down - stopping}, starting ${starting - stopping}, accepting ${accepting - stopping}); ` +
          `statuses ${JSON.stringify(samples.reduce<Record<string, number>>((m, s) => ({ ...m, [`${s.status}${s.code ? ` ${s.code}` : ''}`]: (m[`${s.status}${s.code ? ` ${s.code}` : ''}`] ?? 0) + 1 }), {}))}\n`,
      );

      expect(before.filter((s) => s.status === 200).length).toBeGreaterThan(20);
      // Never a hang, never a 500: an answer is 200 or a 503 with SERVICE_UNAVAILABLE.
      expect(samples.filter((s) => s.status === -1)).toEqual([]);
      expect(samples.filter((s) => s.status !== 200 && !(s.status === 503 && s.code === 'SERVICE_UNAVAILABLE' && s.message !== 'no Retry-After')).slice(0, 5)).toEqual([]);
      // While it is down: 503s, each fast.
      expect(duringOutage.length).toBeGreaterThan(40);
      expect(duringOutage.every((s) => s.status === 503)).toBe(true);
      expect(Math.max(...duringOutage.map((s) => s.doneAt - s.sentAt))).toBeLessThan(3000); // about 1-2 s on a loaded 2-core machine
      // From 5 s after Postgres accepts connections, everything answers.
      expect(afterRecovery.length).toBeGreaterThan(40);
      expect(afterRecovery.filter((s) => s.status !== 200 || s.code).slice(0, 5)).toEqual([]);

      // Nothing leaked: no app session idle in a transaction, the pool has nothing in use.
      const idle = await adminQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'accord_outage' AND application_name = 'accord-app' AND state LIKE 'idle in transaction%'`,
      );
      expect(idle[0].n).toBe(0);
      const health = (await (await fetch(`${baseUrl}/healthz`)).json()) as any;
      expect(health.postgres.ok).toBe(true);
      expect(health.pool.inUse).toBe(0);
    });
  });

  describe('Redis stopped and started', () => {
    let port: number;
    let redis: ChildProcess | undefined;
    let stack: Stack;

    const startRedis = async () => {
      redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      const client = new IORedis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      for (let i = 0; i < 100; i++) {
        if (await client.connect().then(() => true, () => false)) break;
        await sleep(100);
      }
      client.disconnect();
    };
    const stopRedis = async () => {
      const r = redis;
      redis = undefined;
      if (!r || r.exitCode !== null) return;
      await new Promise<void>((ok) => {
        r.once('exit', () => ok());
        r.kill('SIGKILL');
      });
    };

    beforeAll(async () => {
      port = await freePort();
      await startRedis();
      stack = await startStack({ REDIS_URL: `redis://127.0.0.1:${port}`, API_KEY_RATE_LIMIT: '5' });
    });
    afterAll(async () => {
      await stack?.stop();
      await stopRedis();
    });

    test('GraphQL keeps answering while Redis is down; API key rate limits fail open, and apply again once it is back', async () => {
      const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
      const newKey = async (name: string) => {
        const k = await gql(stack.baseUrl, 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', { i: { name, councilId: stack.db.councils.ashbury } }, clerk);
        return { apiKey: k.data.createApiKey.secret as string };
      };
      const Q = '{ councils { items { name } } }';
      const statuses = async (as: Credential, n: number) => {
        const out: number[] = [];
        for (let i = 0; i < n; i++) out.push((await gql(stack.baseUrl, Q, {}, as)).status);
        return out;
      };

      // Redis up: the sixth request in a minute is refused.
      expect(await statuses(await newKey('Up'), 7)).toEqual([200, 200, 200, 200, 200, 429, 429]);

      await stopRedis();
      const health = await fetch(`${stack.baseUrl}/healthz`);
      expect(health.status).toBe(503);
      // Redis down: signed-in people and API keys are answered; a key's limit is not counted (fail open).
      expect(await statuses(clerk, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(await statuses(await newKey('Down'), 10)).toEqual(Array(10).fill(200));

      // Redis back: limits apply again as soon as the API has reconnected.
      await startRedis();
      const again = await newKey('Back');
      let refused = false;
      for (let i = 0; i < 100 && !refused; i++) {
        refused = (await gql(stack.baseUrl, Q, {}, again)).status === 429;
        if (!refused) await sleep(100);
      }
      expect(refused).toBe(true);
      expect((await fetch(`${stack.baseUrl}/healthz`)).status).toBe(200);
    });
  });
});
