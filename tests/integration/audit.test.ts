import { Client } from 'pg';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

describe('audit log', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const entries = async (councilId: string) =>
    (await stack.db.admin.query('SELECT * FROM audit_log WHERE council_id = $1 ORDER BY at', [councilId])).rows;

  test('a change writes who, when, before and after; a refused change writes nothing', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const c = stack.db.councils.cwmbran;
    const UPDATE = 'mutation($id: ID!, $v: Int!, $n: String!) { updateCouncil(id: $id, expectedVersion: $v, input: { name: $n }) { version } }';
    const ok = await gql(stack.baseUrl, UPDATE, { id: c, v: 1, n: 'Cwmbran Community Council (renamed)' }, clerk);
    expect(ok.errors).toBeUndefined();
    const [entry] = await entries(c);
    expect(entry).toMatchObject({ action: 'council.update', entity: 'council', entity_id: c, actor_user_id: stack.db.users['clerk.cwmbran@accord.example'] });
    expect(entry.before.name).toBe('Cwmbran Community Council');
    expect(entry.after.name).toBe('Cwmbran Community Council (renamed)');

    const stale = await gql(stack.baseUrl, UPDATE, { id: c, v: 1, n: 'Lost' }, clerk);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await entries(c)).toHaveLength(1);

    const log = await gql(stack.baseUrl, 'query($c: ID!) { auditLog(councilId: $c) { totalCount items { action actor { email } before after } } }', { c }, clerk);
    expect(log.data.auditLog.totalCount).toBe(1);
    expect(log.data.auditLog.items[0]).toMatchObject({ action: 'council.update', actor: { email: 'clerk.cwmbran@accord.example' } });
  });

  test('protocol edits are audited; secrets never are', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    const c = stack.db.councils.kingsford;
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c }, clerk)).data.protocol;
    await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }', { p: p.id }, clerk);
    await gql(stack.baseUrl, 'mutation($c: ID!) { createUser(input: { email: "deputy@kingsford.example", displayName: "Deputy", password: "a-long-enough-password", councilId: $c, role: VIEWER }) { id } }', { c }, clerk);
    await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Website", councilId: $c }) { secret } }', { c }, clerk);
    const actions = (await entries(c)).map((e) => e.action);
    expect(actions).toEqual(['protocol.start_draft', 'user.create', 'api_key.create']);
    const text = JSON.stringify(await entries(c));
    expect(text).not.toMatch(/argon2/);
    expect(text).not.toMatch(/secret_?[hH]ash/);
  });

  test('the app role can add and read entries but never change or remove them', async () => {
    const { db } = stack.db.config;
    const app = new Client({ host: db.host, port: db.port, user: db.app.user, password: db.app.password, database: db.database });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('accord.council_ids', $1, true)`, [`{${stack.db.councils.cwmbran}}`]);
      await expect(app.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/permission denied/);
      await app.query('ROLLBACK');
      await app.query('BEGIN');
      await app.query(`SELECT set_config('accord.council_ids', $1, true)`, [`{${stack.db.councils.cwmbran}}`]);
      await expect(app.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });

  test('another council\'s audit log: NOT_FOUND', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const res = await gql(stack.baseUrl, 'query($c: ID!) { auditLog(councilId: $c) { totalCount } }', { c: stack.db.councils.glanmor }, clerk);
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});
