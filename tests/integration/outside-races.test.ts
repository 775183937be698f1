import { createHash, randomBytes } from 'node:crypto';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn, type GqlResult } from '../support/graphql';

/**
 * Twenty requests at once on the same record with the same expectedVersion: exactly one wins, every
 * other is a CONFLICT (never a 500, never a second winner), and the record is the winner's whole.
 */
describe('outside: twenty at once on one record', () => {
  let stack: Stack;
  let clerk: { token: string };

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  });
  afterAll(() => stack?.stop());

  const N = 20;
  const all = (make: (i: number) => Promise<GqlResult>) => Promise.all(Array.from({ length: N }, (_, i) => make(i)));
  const outcome = (rs: GqlResult[], op: string) => {
    const winners = rs.map((r, i) => [r, i] as const).filter(([r]) => !r.errors && r.data?.[op]);
    const codes = rs.filter((r) => r.errors).map((r) => codeOf(r));
    return { winners: winners.map(([, i]) => i), codes: [...new Set(codes)] };
  };
  const openCase = async () => {
    const r = await gql(
      stack.baseUrl,
      'mutation($c: ID!) { openCase(input: { councilId: $c, kind: ENQUIRY, category: WARD_MATTER, raisedByRole: MEMBER, raisedByName: "Cllr A", subject: "Race" }) { id version } }',
      { c: stack.db.councils.ashbury },
      clerk,
    );
    expect(r.errors).toBeUndefined();
    return r.data.openCase as { id: string; version: number };
  };
  const events = async (id: string) => (await stack.db.admin.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [id])).rows[0].n as number;

  test('updateCase x20: one winner, 19 CONFLICT, the subject is the winner\'s, one event', async () => {
    const c = await openCase();
    const before = await events(c.id);
    const rs = await all((i) => gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!, $s: String!) { updateCase(id: $id, expectedVersion: $v, input: { subject: $s }) { id version subject } }', { id: c.id, v: c.version, s: `Subject ${i}` }, clerk));
    const o = outcome(rs, 'updateCase');
    expect(o).toEqual({ winners: [expect.any(Number)], codes: ['CONFLICT'] });
    const row = (await stack.db.admin.query('SELECT subject, version FROM cases WHERE id = $1', [c.id])).rows[0];
    expect(row).toEqual({ subject: `Subject ${o.winners[0]}`, version: c.version + 1 });
    expect(await events(c.id)).toBe(before + 1);
  });

  test('moveCase ACKNOWLEDGE x10 racing updateCase x10: one winner, the rest CONFLICT, one event', async () => {
    const c = await openCase();
    const before = await events(c.id);
    const rs = await all((i) =>
      i % 2
        ? gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { moveCase(id: $id, action: ACKNOWLEDGE, expectedVersion: $v) { id } }', { id: c.id, v: c.version }, clerk)
        : gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateCase(id: $id, expectedVersion: $v, input: { subject: "Changed" }) { id } }', { id: c.id, v: c.version }, clerk),
    );
    const won = rs.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect([...new Set(rs.filter((r) => r.errors).map(codeOf))]).toEqual(['CONFLICT']);
    expect(await events(c.id)).toBe(before + 1);
    expect((await stack.db.admin.query('SELECT version FROM cases WHERE id = $1', [c.id])).rows[0].version).toBe(c.version + 1);
  });

  test('updateOfficeHolder x20: one winner, 19 CONFLICT', async () => {
    const h = (await stack.db.admin.query('SELECT id, version FROM office_holders WHERE council_id = $1 LIMIT 1', [stack.db.councils.ashbury])).rows[0];
    const rs = await all((i) =>
      gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!, $n: String!) { updateOfficeHolder(id: $id, expectedVersion: $v, input: { roleKey: CLERK, name: $n }) { id } }', { id: h.id, v: h.version, n: `Name ${i}` }, clerk),
    );
    const o = outcome(rs, 'updateOfficeHolder');
    expect(o).toEqual({ winners: [expect.any(Number)], codes: ['CONFLICT'] });
    const row = (await stack.db.admin.query('SELECT name, version FROM office_holders WHERE id = $1', [h.id])).rows[0];
    expect(row).toEqual({ name: `Name ${o.winners[0]}`, version: h.version + 1 });
  });

  test('updateOfficeHolder racing removeOfficeHolder at the same version: one wins; the other CONFLICT or NOT_FOUND; never a lost update or a 500', async () => {
    const seen = new Set<string>();
    for (let round = 0; round < 8; round++) {
      const add = await gql(stack.baseUrl, 'mutation($c: ID!) { addOfficeHolder(councilId: $c, input: { roleKey: CLERK, name: "Temp", deputy: true }) { id version } }', { c: stack.db.councils.ashbury }, clerk);
      expect(add.errors).toBeUndefined();
      const h = add.data.addOfficeHolder;
      const [upd, rem] = await Promise.all([
        gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateOfficeHolder(id: $id, expectedVersion: $v, input: { roleKey: CLERK, name: "Renamed", deputy: true }) { id } }', { id: h.id, v: h.version }, clerk),
        gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { removeOfficeHolder(id: $id, expectedVersion: $v) }', { id: h.id, v: h.version }, clerk),
      ]);
      const left = (await stack.db.admin.query('SELECT name FROM office_holders WHERE id = $1', [h.id])).rows;
      if (rem.errors) {
        // The update came first: the removal read a version that is no longer there, and removed nothing.
        expect(codeOf(rem)).toBe('CONFLICT');
        expect(upd.errors).toBeUndefined();
        expect(left).toEqual([{ name: 'Renamed' }]);
        seen.add('updated');
      } else {
        expect(codeOf(upd)).toBe('NOT_FOUND');
        expect(left).toEqual([]);
        seen.add('removed');
      }
    }
    expect(seen.size).toBeGreaterThan(0);
  });

  test('removeOfficeHolder with a stale version: CONFLICT naming no id; the holder stays', async () => {
    const add = await gql(stack.baseUrl, 'mutation($c: ID!) { addOfficeHolder(councilId: $c, input: { roleKey: CLERK, name: "Kept", deputy: true }) { id version } }', { c: stack.db.councils.ashbury }, clerk);
    const h = add.data.addOfficeHolder;
    const upd = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateOfficeHolder(id: $id, expectedVersion: $v, input: { roleKey: CLERK, name: "Kept 2", deputy: true }) { version } }', { id: h.id, v: h.version }, clerk);
    expect(upd.errors).toBeUndefined();
    const rem = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { removeOfficeHolder(id: $id, expectedVersion: $v) }', { id: h.id, v: h.version }, clerk);
    expect(codeOf(rem)).toBe('CONFLICT');
    expect(rem.errors![0].message).not.toContain(h.id);
    expect((await stack.db.admin.query('SELECT name FROM office_holders WHERE id = $1', [h.id])).rows).toEqual([{ name: 'Kept 2' }]);
    const again = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { removeOfficeHolder(id: $id, expectedVersion: $v) }', { id: h.id, v: upd.data.updateOfficeHolder.version }, clerk);
    expect(again.errors).toBeUndefined();
  });

  test('renameProtocol x20: one winner, 19 CONFLICT, the title is the winner\'s', async () => {
    const p = (await stack.db.admin.query('SELECT id, version FROM protocols WHERE council_id = $1 AND NOT is_model', [stack.db.councils.ashbury])).rows[0];
    const rs = await all((i) => gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!, $t: String!) { renameProtocol(id: $id, expectedVersion: $v, title: $t) { id } }', { id: p.id, v: p.version, t: `Title ${i}` }, clerk));
    const o = outcome(rs, 'renameProtocol');
    expect(o).toEqual({ winners: [expect.any(Number)], codes: ['CONFLICT'] });
    expect((await stack.db.admin.query('SELECT title FROM protocols WHERE id = $1', [p.id])).rows[0].title).toBe(`Title ${o.winners[0]}`);
  });

  test('updateCouncil x20: one winner, 19 CONFLICT', async () => {
    const c = (await stack.db.admin.query('SELECT version FROM councils WHERE id = $1', [stack.db.councils.ashbury])).rows[0];
    const rs = await all((i) =>
      gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!, $n: String!) { updateCouncil(id: $id, expectedVersion: $v, input: { name: $n }) { id } }', { id: stack.db.councils.ashbury, v: c.version, n: `Ashbury ${i}` }, clerk),
    );
    const o = outcome(rs, 'updateCouncil');
    expect(o).toEqual({ winners: [expect.any(Number)], codes: ['CONFLICT'] });
    expect((await stack.db.admin.query('SELECT name FROM councils WHERE id = $1', [stack.db.councils.ashbury])).rows[0].name).toBe(`Ashbury ${o.winners[0]}`);
  });

  test('acceptInvitation x20 with the same link: one person signed in, the others refused; the link is then spent', async () => {
    const token = randomBytes(32).toString('base64url');
    const hash = createHash('sha256').update(token).digest('hex');
    const id = (
      await stack.db.admin.query(
        `INSERT INTO users (email, display_name, password_hash, invite_token_hash, invite_expires_at) VALUES ('invited.race@example.org', 'Invited', 'x', $1, now() + interval '1 day') RETURNING id`,
        [hash],
      )
    ).rows[0].id;
    await stack.db.admin.query(`INSERT INTO memberships (council_id, user_id, role) VALUES ($1, $2, 'clerk')`, [stack.db.councils.ashbury, id]);
    const rs = await all((i) => gql(stack.baseUrl, 'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token } }', { t: token, p: `a-long-enough-passphrase-${i}` }));
    const o = outcome(rs, 'acceptInvitation');
    expect(o.winners).toHaveLength(1);
    expect(o.codes).toEqual(['BAD_USER_INPUT']);
    // The winner's password is the one that works.
    const ok = await gql(stack.baseUrl, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: 'invited.race@example.org', p: `a-long-enough-passphrase-${o.winners[0]}` });
    expect(ok.errors).toBeUndefined();
    const again = await gql(stack.baseUrl, 'mutation($t: String!) { acceptInvitation(token: $t, password: "another-long-passphrase-1") { token } }', { t: token });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
  });
});
