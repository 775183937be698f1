import { startStack, type Stack } from '../support/stack';
import { startSmtpSink, type SmtpSink } from '../support/smtp';
import { gql, signIn, type Credential } from '../support/graphql';
import { INTROSPECT, brief, fuzzSeed, generate, uuidsIn, type FuzzOp, type IdPools, type IntrospectedSchema } from '../support/fuzz';

/**
 * The schema fuzzer: thousands of operations generated from the served schema (every query and
 * mutation, by introspection) with boundary values, hostile text (NUL, controls, lone surrogates,
 * 1 MB, odd Unicode), wrong enum values and types, and other councils' real ids, sent as an
 * Ashbury clerk, an Ashbury viewer and an Ashbury API key. Whatever is sent: no HTTP 5xx, no
 * INTERNAL_SERVER_ERROR, every error with a code, no id of another council's record in any
 * answer, and no database session left idle in a transaction.
 *
 * Seeded: the seed is printed; FUZZ_SEED=<seed> replays the same operations (FUZZ_OPS to change
 * how many, FUZZ_CONCURRENCY=1 to replay them one at a time).
 */
const OPS = Number(process.env.FUZZ_OPS ?? 3000);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 6);
const PASSWORD = 'fuzz-viewer-password-2026';

interface Finding {
  op: FuzzOp;
  problem: string;
  status: number;
  answer: string;
}

describe('schema fuzzer', () => {
  let stack: Stack;
  const credentials: Record<string, Credential> = {};
  let schema: IntrospectedSchema;
  const ids: IdPools = { own: {}, foreign: {} };
  const foreign = new Set<string>();
  const keep = new Set<string>();
  const q = <T = any>(sql: string, params: unknown[] = []) => stack.db.admin.query(sql, params).then((r) => r.rows as T[]);

  let sink: SmtpSink;

  beforeAll(async () => {
    // A mail relay that answers (an invitation the fuzzer makes goes to the mail outbox; no worker runs here to send it).
    sink = await startSmtpSink();
    stack = await startStack({ API_KEY_RATE_LIMIT: '1000000', SMTP_PORT: String(sink.port) });
    const ashbury = stack.db.councils.ashbury;
    const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const made = await gql(
      stack.baseUrl,
      'mutation($c: ID!, $p: String!) { createUser(input: { email: "fuzz.viewer@ashbury.example", displayName: "Fuzz viewer", password: $p, councilId: $c, role: VIEWER }) { id } }',
      { c: ashbury, p: PASSWORD },
      clerk,
    );
    if (!made.data) throw new Error(`viewer not created: ${JSON.stringify(made.errors)}`);
    const viewer = await signIn(stack.baseUrl, 'fuzz.viewer@ashbury.example', PASSWORD);
    const key = await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Fuzz", councilId: $c }) { secret apiKey { id } } }', { c: ashbury }, clerk);
    if (!key.data) throw new Error(`API key not created: ${JSON.stringify(key.errors)}`);
    Object.assign(credentials, { clerk, viewer, apiKey: { apiKey: key.data.createApiKey.secret } });

    // Real ids of every table, Ashbury's and the other councils'.
    const tables = await q<{ table_name: string; scoped: boolean }>(
      `SELECT c.table_name, bool_or(k.column_name = 'council_id') AS scoped FROM information_schema.columns c
         JOIN information_schema.columns k USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid' GROUP BY c.table_name ORDER BY c.table_name`,
    );
    for (const { table_name: table, scoped } of tables) {
      let rows: { id: string; mine: boolean }[];
      // In an order that is the same in every run (the demo data is loaded the same way; ids are random), so a seed replays.
      if (table === 'councils') rows = await q(`SELECT id::text, id = $1 AS mine FROM councils ORDER BY slug`, [ashbury]);
      else if (table === 'users') {
        rows = await q(
          `SELECT u.id::text, bool_or(m.council_id = $1) AS mine FROM users u JOIN memberships m ON m.user_id = u.id GROUP BY u.id, u.email ORDER BY u.email`,
          [ashbury],
        );
      } else if (scoped) rows = await q(`SELECT id::text, council_id = $1 AS mine FROM ${table} ORDER BY ctid LIMIT 400`, [ashbury]);
      else continue;
      ids.own[table] = rows.filter((r) => r.mine).map((r) => r.id);
      ids.foreign[table] = rows.filter((r) => !r.mine).map((r) => r.id);
    }
    // Every other council's record, not only the sample above, counts as outside the callers' scope.
    for (const { table_name: table, scoped } of tables) {
      if (!scoped || table === 'councils') continue;
      for (const r of await q(`SELECT id::text FROM ${table} WHERE council_id <> $1`, [ashbury])) foreign.add(r.id);
    }
    for (const list of Object.values(ids.foreign)) for (const id of list) foreign.add(id);
    for (const list of Object.values(ids.own)) for (const id of list) foreign.delete(id);
    // The fuzzer's own callers are not given to mutations (a run must not sign itself out).
    for (const r of await q(`SELECT id::text FROM users WHERE email IN ('clerk.ashbury@accord.example', 'fuzz.viewer@ashbury.example')`)) keep.add(r.id);
    for (const r of await q(`SELECT m.id::text FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email IN ('clerk.ashbury@accord.example', 'fuzz.viewer@ashbury.example')`)) keep.add(r.id);
    keep.add(key.data.createApiKey.apiKey.id);

    const introspected = await gql(stack.baseUrl, INTROSPECT, undefined, clerk);
    schema = introspected.data.__schema;
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await sink?.stop();
  });

  const appSessions = () =>
    q<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND usename <> current_user GROUP BY state`,
    );

  /** Ids of other councils' records in an answer that the request did not itself send. */
  const foreignIn = (answer: string, request: string) => {
    const sent = uuidsIn(request);
    return [...uuidsIn(answer)].filter((id) => foreign.has(id) && !sent.has(id));
  };

  test('the scope check can fail: it finds other councils in what a platform admin sees', async () => {
    const admin = await signIn(stack.baseUrl, 'admin@accord.example');
    const res = await gql(stack.baseUrl, '{ councils(limit: 200) { items { id } } cases(limit: 200) { items { id } } }', undefined, admin);
    expect(foreignIn(JSON.stringify(res), '').length).toBeGreaterThanOrEqual(5); // every other demo council
    const clerk = await gql(stack.baseUrl, '{ councils(limit: 200) { items { id } } cases(limit: 200) { items { id } } }', undefined, credentials.clerk);
    expect(clerk.data.councils.items).toEqual([{ id: stack.db.councils.ashbury }]);
    expect(foreignIn(JSON.stringify(clerk), '')).toEqual([]);
  });

  test(`${OPS} generated operations as a clerk, a viewer and an API key: no 5xx, no INTERNAL_SERVER_ERROR, nothing from another council, no leaked session`, async () => {
    const seed = fuzzSeed();
    console.log(`schema fuzzer: seed ${seed} (replay with FUZZ_SEED=${seed})`);
    const all = generate(schema, seed, ids, keep, [
      { who: 'clerk', mutations: true },
      { who: 'viewer', mutations: true },
      { who: 'apiKey', mutations: true },
    ], OPS);
    // FUZZ_ONLY=12,345 runs only those operations of the seed's (to look at one finding).
    const only = process.env.FUZZ_ONLY?.split(',').map(Number);
    const ops = only ? all.filter((op) => only.includes(op.index)) : all;
    const started = Date.now();
    const cpu = process.cpuUsage();
    const findings: Finding[] = [];
    const outcomes = new Map<string, number>();
    const tried = new Map<string, Set<string>>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const slowest: { ms: number; op: FuzzOp }[] = [];

    const run = async (op: FuzzOp) => {
      (tried.get(op.who) ?? tried.set(op.who, new Set()).get(op.who)!).add(`${op.root}.${op.field}`);
      const as = credentials[op.who];
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (as && 'token' in as) headers.authorization = `Bearer ${as.token}`;
      if (as && 'apiKey' in as) headers.authorization = `ApiKey ${as.apiKey}`;
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      let status = 0;
      let text = '';
      const t0 = Date.now();
      try {
        const res = await fetch(`${stack.baseUrl}/graphql`, { method: 'POST', headers, body });
        status = res.status;
        text = await res.text();
        slowest.push({ ms: Date.now() - t0, op });
      } catch (e) {
        findings.push({ op, problem: `request failed: ${(e as Error).message}`, status, answer: '' });
        return;
      }
      const problem = (p: string) => findings.push({ op, problem: p, status, answer: process.env.FUZZ_ONLY ? text.slice(0, 20000) : text.slice(0, 600) });
      if (status >= 500) problem(`HTTP ${status}`);
      let answer: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } = {};
      try {
        answer = JSON.parse(text);
      } catch {
        if (status !== 413) problem('the answer is not JSON');
      }
      const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
      count(`${op.who} ${codes[0] ?? (status === 200 ? 'ok' : `HTTP ${status}`)}`);
      // How the operations carrying a forbidden character were answered (JSON writes them as \u00XX or \udXXX).
      if (/\\u00[01][0-9a-f]|\\ud[89a-f]/i.test(body)) count(`forbidden-text ${codes[0] ?? status}`);
      if (codes.includes('INTERNAL_SERVER_ERROR')) problem('INTERNAL_SERVER_ERROR');
      if (codes.includes('NO_CODE')) problem('an error without a code');
      const leaked = foreignIn(text, body);
      if (leaked.length) problem(`ids of another council's records: ${leaked.slice(0, 3).join(', ')}`);
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ops.length) await run(ops[next++]);
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;

    // Sessions: none may be left idle in a transaction once the answers are in.
    let sessions = await appSessions();
    for (let i = 0; i < 20 && sessions.some((s) => s.state !== 'idle'); i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      sessions = await appSessions();
    }
    const idleInTransaction = sessions.filter((s) => s.state.startsWith('idle in transaction')).reduce((n, s) => n + s.n, 0);
    // And the API still answers an ordinary query.
    const after = await gql(stack.baseUrl, '{ me { user { email } } }', undefined, credentials.clerk);

    const summary = [...outcomes.entries()].sort().map(([k, n]) => `${k}: ${n}`).join(', ');
    console.log(`schema fuzzer: ${ops.length} operations in ${seconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s of this process's CPU (API and fuzzer) (seed ${seed}); ${summary}`);
    slowest.sort((a, b) => b.ms - a.ms);
    console.log(`schema fuzzer: slowest ${slowest.slice(0, 8).map((s) => `#${s.op.index} ${s.op.field} ${s.ms} ms`).join(', ')}`);
    if (process.env.FUZZ_ONLY) for (const f of findings) console.log(f.answer);
    if (findings.length) {
      console.log(
        `schema fuzzer: ${findings.length} findings (seed ${seed}):\n` +
          findings
            .slice(0, 25)
            .map((f) => `#${f.op.index} ${f.op.who} ${f.problem} (HTTP ${f.status})\n  ${f.op.query.slice(0, 400)}\n  variables ${brief(f.op.variables)}\n  answer ${f.answer.slice(0, 300)}`)
            .join('\n'),
      );
    }

    const fields = [
      ...schema.types.find((t) => t.name === schema.queryType.name)!.fields!.map((f) => `query.${f.name}`),
      ...schema.types.find((t) => t.name === schema.mutationType!.name)!.fields!.map((f) => `mutation.${f.name}`),
    ];
    if (only) return expect(findings).toEqual([]);
    expect(ops.length).toBeGreaterThanOrEqual(Math.min(OPS, 3000));
    // Every query and mutation was tried by each caller (the first operations go through them all).
    if (ops.length >= 3 * fields.length) for (const who of ['clerk', 'viewer', 'apiKey']) expect(fields.filter((f) => !tried.get(who)?.has(f))).toEqual([]);
    expect(findings.map((f) => `#${f.op.index} ${f.op.who} ${f.op.root}.${f.op.field}: ${f.problem}`)).toEqual([]);
    expect(idleInTransaction).toBe(0);
    expect(after.data?.me.user.email).toBe('clerk.ashbury@accord.example');
  }, 420_000); // about 25 s of CPU; the rest is waiting on a loaded machine
});
