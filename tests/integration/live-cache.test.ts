import { startStack, type Stack } from '../support/stack';
import { countStatements } from '../support/statements';
import { gql, signIn } from '../support/graphql';

/**
 * What integrations ask most is answered from the API's memory, and a committed
 * change is in the very next answer: made through the API (the same process) at
 * once, made anywhere else (SQL, the worker, another API process) as soon as the
 * change feed delivers it.
 */
describe('answers from memory, never stale', () => {
  let stack: Stack;
  let clerk: { token: string };
  let key: { apiKey: string };
  let keyId: string;
  let spy: ReturnType<typeof countStatements>;

  const ROUTE = 'query($c: ID!) { escalationRoute(councilId: $c, concern: ABOUT_CLERK, about: CLERK) { protocolVersion { number } steps { officeHolders { name } } } }';
  // Ashbury: ward enquiries are acknowledged within 2 working days (clause 106).
  const DEADLINE = 'query($c: ID!) { responseDeadlines(councilId: $c, category: WARD_MATTER, receivedAt: "2026-10-05T09:00:00Z") { acknowledgeBy } }';
  const holders = async () => (await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.cwmbran }, key)).data.escalationRoute.steps[0].officeHolders.map((h: any) => h.name);
  const until = async (check: () => Promise<boolean>, ms = 3000) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('not within the time allowed');
      await new Promise((ok) => setTimeout(ok, 20));
    }
  };

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const created = await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Website", councilId: $c }) { apiKey { id } secret } }', { c: stack.db.councils.cwmbran }, clerk);
    key = { apiKey: created.data.createApiKey.secret };
    keyId = created.data.createApiKey.apiKey.id;
    spy = countStatements();
  });
  afterAll(async () => {
    spy.restore();
    await stack.stop();
  });

  test('an API key asking again is answered without a database statement', async () => {
    expect(await holders()).toEqual(['Cllr Gareth Davies']);
    spy.count = 0;
    expect(await holders()).toEqual(['Cllr Gareth Davies']);
    expect(spy.count).toBe(0);
  });

  test('an office holder changed through the API is in the very next answer', async () => {
    expect(await holders()).toEqual(['Cllr Gareth Davies']);
    const list = await gql(stack.baseUrl, 'query($c: ID!) { officeHolders(councilId: $c) { id version name roleKey } }', { c: stack.db.councils.cwmbran }, clerk);
    const chair = list.data.officeHolders.find((h: any) => h.name === 'Cllr Gareth Davies');
    const renamed = await gql(
      stack.baseUrl,
      'mutation($id: ID!, $v: Int!, $i: OfficeHolderInput!) { updateOfficeHolder(id: $id, expectedVersion: $v, input: $i) { name } }',
      { id: chair.id, v: chair.version, i: { roleKey: 'CHAIRMAN', name: 'Cllr Megan Price', email: 'chair@cwmbran.example' } },
      clerk,
    );
    expect(renamed.errors).toBeUndefined();
    expect(await holders()).toEqual(['Cllr Megan Price']);
  });

  test('an office holder changed outside this process (SQL) reaches the answers within moments', async () => {
    expect(await holders()).toEqual(['Cllr Megan Price']);
    await stack.db.admin.query(`UPDATE office_holders SET name = 'Cllr Rhys Morgan' WHERE council_id = $1 AND name = 'Cllr Megan Price'`, [stack.db.councils.cwmbran]);
    await until(async () => (await holders())[0] === 'Cllr Rhys Morgan');
  });

  test('a closure day added through the API moves the next deadline at once', async () => {
    const admin = await signIn(stack.baseUrl, 'admin@accord.example');
    const ashburyKey = (await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Site", councilId: $c }) { secret } }', { c: stack.db.councils.ashbury }, admin)).data.createApiKey.secret;
    const ask = async () => (await gql(stack.baseUrl, DEADLINE, { c: stack.db.councils.ashbury }, { apiKey: ashburyKey })).data.responseDeadlines.acknowledgeBy;
    expect(await ask()).toBe('2026-10-07'); // Monday 5 October + 2 working days
    expect(await ask()).toBe('2026-10-07');
    const closed = await gql(stack.baseUrl, 'mutation($c: ID!) { addCouncilClosure(councilId: $c, date: "2026-10-06", reason: "Office move") { id } }', { c: stack.db.councils.ashbury }, admin);
    expect(closed.errors).toBeUndefined();
    expect(await ask()).toBe('2026-10-08');
  });

  test('adopting a new version is in the very next answer', async () => {
    expect((await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.cwmbran }, key)).data.escalationRoute.protocolVersion.number).toBe(1);
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: stack.db.councils.cwmbran }, clerk)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: p.id }, clerk)).data.startProtocolDraft;
    const adopted = await gql(
      stack.baseUrl,
      'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-01", adoptedBy: FULL_COUNCIL }) { number status } }',
      { id: draft.id, v: draft.version },
      clerk,
    );
    expect(adopted.errors).toBeUndefined();
    expect((await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.cwmbran }, key)).data.escalationRoute.protocolVersion.number).toBe(2);
  });

  test('a key revoked through the API is refused on its very next request, though it was answered from memory', async () => {
    const created = await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Kiosk", councilId: $c }) { apiKey { id } secret } }', { c: stack.db.councils.cwmbran }, clerk);
    const kiosk = { apiKey: created.data.createApiKey.secret };
    for (let i = 0; i < 2; i++) expect((await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.cwmbran }, kiosk)).errors).toBeUndefined();
    await gql(stack.baseUrl, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: created.data.createApiKey.apiKey.id }, clerk);
    const refused = await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.cwmbran }, kiosk);
    expect(refused.status).toBe(401);
  });

  test('a key revoked outside this process is refused within moments', async () => {
    expect((await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.cwmbran }, key)).errors).toBeUndefined();
    await stack.db.admin.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [keyId]);
    await until(async () => (await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.cwmbran }, key)).status === 401);
    await stack.db.admin.query('UPDATE api_keys SET revoked_at = NULL WHERE id = $1', [keyId]);
  });

  test('while the change feed is cut nothing stale is served, and it comes back', async () => {
    expect(await holders()).toEqual(['Cllr Rhys Morgan']);
    const feed = async () => (await stack.db.admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'accord-cache'`)).rows;
    const [before] = await feed();
    expect(before).toBeDefined();
    await stack.db.admin.query('SELECT pg_terminate_backend($1)', [before.pid]);
    // Changed while nobody listens: no notification will ever arrive for this.
    await stack.db.admin.query(`UPDATE office_holders SET name = 'Cllr Siân Lewis' WHERE council_id = $1 AND name = 'Cllr Rhys Morgan'`, [stack.db.councils.cwmbran]);
    await until(async () => (await feed()).some((r: any) => r.pid !== before.pid), 5000);
    expect(await holders()).toEqual(['Cllr Siân Lewis']);
    // Listening again: answers come from memory once more.
    await holders();
    spy.count = 0;
    expect(await holders()).toEqual(['Cllr Siân Lewis']);
    expect(spy.count).toBe(0);
  });
});
