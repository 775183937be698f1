import { createLogger } from '@accord/api';
import { startWorker, type RunningWorker } from '@accord/worker';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';
import { startSmtpSink, type SmtpSink } from '../support/smtp';

/**
 * Bulk onboarding from a CSV (previewOnboarding, onboardCouncils) on a real API, Postgres, worker and
 * SMTP sink: each row's problems named by row and column; all rows in one transaction, so a fault on
 * a late row leaves nothing (no council, account, protocol or e-mail); each council below its parent
 * with its slug from the name, a draft protocol from the model (placeholders filled) and its clerk
 * invited as the Clerk office holder; isolation: a parent outside the monitoring officer's area is an
 * error of that row, a clerk cannot onboard in bulk, another area's model is not found.
 */

const PREVIEW = `query($csv: String!) { previewOnboarding(csv: $csv) { ready rowsWithErrors rows { row name slug kind nation parentId parentName clerkName clerkEmail errors { column message } } } }`;
const ONBOARD = `mutation($csv: String!, $m: ID) { onboardCouncils(csv: $csv, modelId: $m) { invited protocolsFromModel councils { id name slug kind nation parentId } } }`;

let sink: SmtpSink;
let stack: Stack;
let worker: RunningWorker;
let mo: { token: string };
const q = <T = any>(sql: string, params: unknown[] = []) => stack.db.admin.query(sql, params).then((r) => r.rows as T[]);
const until = async (what: string, check: () => boolean | Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
};

beforeAll(async () => {
  sink = await startSmtpSink();
  stack = await startStack({ SMTP_PORT: String(sink.port), REDIS_PREFIX: `accord-test-${process.env.ACCORD_TEST_RUN}-bulk-onboarding`, RECONCILE_EVERY_MS: '500' });
  worker = await startWorker(stack.db.config, createLogger('worker', 'silent'));
  mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
});
afterAll(async () => {
  await worker?.close();
  await stack?.stop();
  await sink?.stop();
});

describe('bulk onboarding from a CSV', () => {
  test('the preview names each problem by row and column; nothing is saved, and onboarding such a file is refused', async () => {
    const csv = [
      "\uFEFFname,kind,parent,clerk's name,clerk's e-mail",
      'Cyngor Cymuned Llanfihangel Llantarnâm,community,Torfaen County Borough Council,Siân Prys,sian@llantarnam.example',
      'Pen-y-bont Hamlet,hamlet,,Dafydd Jones,dafydd@penybont.example',
      'Blaenafon Town Council,town,Ashbury Borough Council,Gwen Davies,gwen@blaenafon.example',
      ',community,,Nobody,not-an-email',
      'Cwmbran Community Council,,,Ann Evans,ann@cwmbran2.example',
      'Ponthir Community Council,community,,Rhys Owen,SIAN@llantarnam.example',
      'cyngor cymuned llanfihangel llantarnâm,community,,Eira Hughes,eira@example.org',
      '"Croesyceiliog, North",community,torfaen,"Owen, Tom",clerk.ashbury@accord.example',
    ].join('\r\n');
    const r = await gql(stack.baseUrl, PREVIEW, { csv }, mo);
    expect(r.errors).toBeUndefined();
    const p = r.data.previewOnboarding;
    expect(p.ready).toBe(false);
    const errors = Object.fromEntries(p.rows.map((row: any) => [row.row, row.errors.map((e: any) => `${e.column}: ${e.message}`)]));
    expect(errors).toEqual({
      1: [],
      2: ['kind: is not a kind of council Accord knows'],
      // Ashbury is outside Torfaen's area: as unknown as a misspelt name.
      3: ['parent: is not a council you may add councils below'],
      4: ['name: is required', 'clerk email: must be an e-mail address'],
      5: ['name: a council of this name exists already'],
      // One clerk for several councils (row 1's), or someone with an account already (row 8's): no problem.
      6: [],
      7: ['name: the same name as row 1'],
      8: [],
    });
    expect(p.rowsWithErrors).toBe(5);
    // The first row as it would be made: slug from the Welsh name (diacritics folded), nation and parent from Torfaen.
    expect(p.rows[0]).toMatchObject({ name: 'Cyngor Cymuned Llanfihangel Llantarnâm', slug: 'cyngor-cymuned-llanfihangel-llantarnam', kind: 'COMMUNITY', nation: 'WALES', parentId: stack.db.councils.torfaen, clerkName: 'Siân Prys' });
    // A quoted comma stays in its field; a parent given by slug is found; an empty kind is the usual one below the parent.
    expect(p.rows[7]).toMatchObject({ name: 'Croesyceiliog, North', clerkName: 'Owen, Tom', parentName: 'Torfaen County Borough Council' });
    expect(p.rows[4].kind).toBe('COMMUNITY');

    // In Welsh for a caller who reads Welsh.
    const cy = await fetch(`${stack.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'cy', authorization: `Bearer ${mo.token}` },
      body: JSON.stringify({ query: PREVIEW, variables: { csv } }),
    }).then((res) => res.json() as Promise<any>);
    expect(cy.data.previewOnboarding.rows[1].errors).toEqual([{ column: 'kind', message: "nid yw'n fath o gyngor y mae Accord yn ei adnabod" }]);
    expect(cy.data.previewOnboarding.rows[6].errors).toEqual([{ column: 'name', message: 'yr un enw â rhes 1' }]);

    const refused = await gql(stack.baseUrl, ONBOARD, { csv }, mo);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/^5 row\(s\) have errors/);
    expect((await q(`SELECT count(*)::int AS n FROM councils WHERE name ILIKE '%Llantarn%'`))[0].n).toBe(0);
  });

  test('all or nothing: a fault on the last row leaves nothing; then all rows are onboarded, each with its draft protocol from the model (placeholders filled) and its clerk invited as Clerk office holder', async () => {
    // A model at Torfaen, published to the councils below, whose first clause names the council by placeholder.
    const adopted = (await q(`SELECT id FROM protocol_versions WHERE council_id = $1 AND status = 'adopted'`, [stack.db.councils.cwmbran]))[0].id;
    const model = (await gql(stack.baseUrl, 'mutation($c: ID!, $v: ID!) { createModelProtocol(councilId: $c, title: "Torfaen model", fromVersionId: $v) { id version draft { id version } } }', { c: stack.db.councils.torfaen, v: adopted }, mo)).data.createModelProtocol;
    await q(`UPDATE protocol_clauses SET text = 'This protocol applies to {{council.name}}, a {{council.kind}} in {{council.nation}}.' WHERE version_id = $1 AND position = (SELECT min(position) FROM protocol_clauses WHERE version_id = $1)`, [model.draft.id]);
    expect((await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: {}) { id } }', { id: model.draft.id, v: model.draft.version }, mo)).errors).toBeUndefined();
    expect((await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { publishModelProtocol(id: $id, expectedVersion: $v) { id } }', { id: model.id, v: model.version }, mo)).errors).toBeUndefined();

    const names = ['Cyngor Cymuned Llanfihangel Llantarnâm', 'Henllys Community Council', 'Ponthir Community Council', 'Llanyrafon Community Council'];
    const emails = ['sian@llantarnam.example', 'clerk@henllys.example', 'clerk@ponthir.example', 'clerk@llanyrafon.example'];
    const csv = ['name,kind,parent,clerk name,clerk email', ...names.map((n, i) => `${n},community,Torfaen County Borough Council,Clerk ${i + 1},${emails[i]}`)].join('\n');
    const counts = async () =>
      (
        await q(
          `SELECT (SELECT count(*) FROM councils WHERE name = ANY ($1))::int AS councils, (SELECT count(*) FROM users WHERE email = ANY ($2))::int AS users,
                  (SELECT count(*) FROM mail_outbox WHERE recipient = ANY ($2))::int AS mails, (SELECT count(*) FROM office_holders WHERE email = ANY ($2))::int AS holders,
                  (SELECT count(*) FROM protocols p JOIN councils c ON c.id = p.council_id WHERE c.name = ANY ($1))::int AS protocols`,
          [names, emails],
        )
      )[0];

    // A fault the preview cannot see: the database refuses the last council.
    await q(`CREATE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.name = 'Llanyrafon Community Council' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$`);
    await q(`CREATE TRIGGER test_fault BEFORE INSERT ON councils FOR EACH ROW EXECUTE FUNCTION test_fault()`);
    try {
      expect((await gql(stack.baseUrl, PREVIEW, { csv }, mo)).data.previewOnboarding.ready).toBe(true);
      const failed = await gql(stack.baseUrl, ONBOARD, { csv }, mo);
      expect(failed.errors).toBeDefined();
      expect(failed.data).toBeNull();
    } finally {
      await q('DROP TRIGGER test_fault ON councils; DROP FUNCTION test_fault()');
    }
    expect(await counts()).toEqual({ councils: 0, users: 0, mails: 0, holders: 0, protocols: 0 });
    await new Promise((ok) => setTimeout(ok, 1000));
    expect(sink.messages.filter((m) => emails.some((e) => m.to.includes(e)))).toEqual([]);

    const done = await gql(stack.baseUrl, ONBOARD, { csv }, mo);
    expect(done.errors).toBeUndefined();
    const result = done.data.onboardCouncils;
    expect(result.invited).toBe(4);
    expect(result.protocolsFromModel).toBe(4);
    expect(result.councils.map((c: any) => [c.name, c.slug, c.kind, c.nation, c.parentId])).toEqual([
      ['Cyngor Cymuned Llanfihangel Llantarnâm', 'cyngor-cymuned-llanfihangel-llantarnam', 'COMMUNITY', 'WALES', stack.db.councils.torfaen],
      ['Henllys Community Council', 'henllys-community-council', 'COMMUNITY', 'WALES', stack.db.councils.torfaen],
      ['Ponthir Community Council', 'ponthir-community-council', 'COMMUNITY', 'WALES', stack.db.councils.torfaen],
      ['Llanyrafon Community Council', 'llanyrafon-community-council', 'COMMUNITY', 'WALES', stack.db.councils.torfaen],
    ]);
    expect(await counts()).toEqual({ councils: 4, users: 4, mails: 4, holders: 4, protocols: 4 });
    // Each council's draft is the model's text with its own name.
    const first = result.councils[0];
    const [clause] = await q(
      `SELECT c.text FROM protocol_clauses c JOIN protocol_versions v ON v.id = c.version_id WHERE v.council_id = $1 AND v.status = 'draft' AND c.text LIKE 'This protocol applies%'`,
      [first.id],
    );
    expect(clause.text).toBe('This protocol applies to Cyngor Cymuned Llanfihangel Llantarnâm, a community council in Wales.');
    // Each clerk: a clerk's membership and the Clerk office holder.
    const clerks = await q(`SELECT u.email, m.role, o.role_key FROM users u JOIN memberships m ON m.user_id = u.id LEFT JOIN office_holders o ON o.council_id = m.council_id AND o.email = u.email WHERE u.email = ANY ($1) ORDER BY u.email`, [emails]);
    expect(clerks.map((c) => [c.role, c.role_key])).toEqual(Array(4).fill(['clerk', 'clerk']));
    // The four invitations go after commit, once each, Welsh first (councils in Wales).
    await until('four invitations', () => emails.every((e) => sink.messages.some((m) => m.to.includes(e))));
    await new Promise((ok) => setTimeout(ok, 1000));
    const mails = sink.messages.filter((m) => emails.some((e) => m.to.includes(e)));
    expect(mails).toHaveLength(4);
    expect(mails.every((m) => /#token=/.test(m.text) && m.text.indexOf('Annwyl') < m.text.indexOf('Dear'))).toBe(true);
    // The file again: every name and slug now taken.
    const again = (await gql(stack.baseUrl, PREVIEW, { csv }, mo)).data.previewOnboarding;
    expect(again.rowsWithErrors).toBe(4);
  });

  test('one clerk for several councils: one account, a membership and Clerk office holder at each, one link that works; someone with an account already is given the council with no link, and nothing of their other council is shown', async () => {
    const shared = 'clerk@cwm-valley.example';
    const csv = [
      'name,kind,parent,clerk name,clerk email',
      `Abersychan Community Council,community,,Mair Lewis,${shared}`,
      `Garndiffaith Community Council,community,,Mair Lewis,${shared.toUpperCase()}`,
      // The clerk of Ashbury (in another area) also clerks a council here.
      'Talywain Community Council,community,,Another Name,clerk.ashbury@accord.example',
    ].join('\n');
    const preview = (await gql(stack.baseUrl, PREVIEW, { csv }, mo)).data.previewOnboarding;
    expect(preview.rowsWithErrors).toBe(0);
    const done = await gql(stack.baseUrl, ONBOARD, { csv }, mo);
    expect(done.errors).toBeUndefined();
    expect(JSON.stringify(done)).not.toContain(stack.db.councils.ashbury);
    const ids = done.data.onboardCouncils.councils.map((c: any) => c.id);

    const [mair] = await q(`SELECT id, invite_token_hash FROM users WHERE email = $1`, [shared]);
    expect(mair.invite_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await q(`SELECT council_id, role FROM memberships WHERE user_id = $1 ORDER BY council_id`, [mair.id])).toEqual([ids[0], ids[1]].sort().map((c) => ({ council_id: c, role: 'clerk' })));
    expect((await q(`SELECT count(*)::int AS n FROM office_holders WHERE email = $1 AND role_key = 'clerk' AND council_id = ANY ($2)`, [shared, ids]))[0].n).toBe(2);
    const [ashburyClerk] = await q(`SELECT id, password_hash, invite_token_hash, display_name FROM users WHERE email = 'clerk.ashbury@accord.example'`);
    expect(ashburyClerk.invite_token_hash).toBeNull();
    expect((await q(`SELECT role FROM memberships WHERE user_id = $1 AND council_id = $2`, [ashburyClerk.id, ids[2]]))).toEqual([{ role: 'clerk' }]);

    // Two e-mails to the shared clerk (one per council), carrying the same link; one to Ashbury's clerk, with no link and no word of Ashbury.
    // (The worker may also send Ashbury's clerk reminders of Ashbury's cases: only Talywain's e-mail is looked at.)
    const toAshbury = () => sink.messages.filter((m) => m.to.includes('clerk.ashbury@accord.example') && m.subject.includes('Talywain'));
    await until('three e-mails', () => sink.messages.filter((m) => m.to.includes(shared)).length + toAshbury().length >= 3);
    await new Promise((ok) => setTimeout(ok, 1000));
    const toMair = sink.messages.filter((m) => m.to.includes(shared));
    expect(toMair.map((m) => m.subject.includes('Abersychan') || m.subject.includes('Garndiffaith'))).toEqual([true, true]);
    const tokens = new Set(toMair.map((m) => m.text.match(/#token=([A-Za-z0-9_-]+)/)?.[1]));
    expect(tokens.size).toBe(1);
    expect(toAshbury().map((m) => [m.subject, m.messageId])).toHaveLength(1);
    const [ashburyName] = await q(`SELECT name FROM councils WHERE id = $1`, [stack.db.councils.ashbury]);
    expect(toAshbury()[0].text).not.toContain('#token=');
    expect(toAshbury()[0].text).not.toContain(ashburyName.name);
    expect(toAshbury()[0].text).toContain(`Dear ${ashburyClerk.display_name}`);

    // The one link sets Mair's password, and she then has both councils.
    const accepted = await gql(stack.baseUrl, `mutation($t: String!) { acceptInvitation(token: $t, password: "afon-lwyd-ffynnon-2026") { token } }`, { t: [...tokens][0] });
    expect(accepted.errors).toBeUndefined();
    const me = await gql(stack.baseUrl, '{ me { memberships { council { name } } } }', undefined, { token: accepted.data.acceptInvitation.token });
    expect(me.data.me.memberships.map((m: any) => m.council.name).sort()).toEqual(['Abersychan Community Council', 'Garndiffaith Community Council']);
    // Ashbury's clerk signs in as before and now has Talywain beside Ashbury.
    const ashbury = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const theirs = await gql(stack.baseUrl, '{ me { memberships { council { name } } } }', undefined, ashbury);
    expect(theirs.data.me.memberships.map((m: any) => m.council.name)).toEqual(expect.arrayContaining(['Talywain Community Council']));
    // Torfaen's monitoring officer sees only the Talywain membership of that person.
    const seen = await gql(stack.baseUrl, 'query($id: ID!) { user(id: $id) { memberships { council { name } } } }', { id: ashburyClerk.id }, mo);
    expect(seen.errors).toBeUndefined();
    expect(JSON.stringify(seen)).not.toContain(ashburyName.name);
  });

  test('isolation and limits: a clerk cannot onboard in bulk; another area is unknown; another area’s model is not found; more than 500 rows are refused', async () => {
    const csv = 'name,parent,clerk name,clerk email\nNew Parish,Westmere Council,A Clerk,a@new-parish.example\n';
    const clerk = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    expect(codeOf(await gql(stack.baseUrl, PREVIEW, { csv }, clerk))).toBe('FORBIDDEN');
    expect(codeOf(await gql(stack.baseUrl, ONBOARD, { csv }, clerk))).toBe('FORBIDDEN');
    expect(codeOf(await gql(stack.baseUrl, ONBOARD, { csv }))).toBe('UNAUTHENTICATED');

    // Torfaen's monitoring officer naming Westmere (another area) as the parent: that row's error.
    const other = (await gql(stack.baseUrl, PREVIEW, { csv }, mo)).data.previewOnboarding;
    expect(other.rows[0].errors).toEqual([{ column: 'parent', message: 'is not a council you may add councils below' }]);

    // Westmere's monitoring officer: their own area is fine; Torfaen's model is not found.
    const westmere = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
    expect((await gql(stack.baseUrl, PREVIEW, { csv }, westmere)).data.previewOnboarding.ready).toBe(true);
    const [torfaenModel] = await q(`SELECT id FROM protocols WHERE council_id = $1 AND is_model`, [stack.db.councils.torfaen]);
    const foreign = await gql(stack.baseUrl, ONBOARD, { csv, m: torfaenModel.id }, westmere);
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect((await q(`SELECT count(*)::int AS n FROM councils WHERE name = 'New Parish'`))[0].n).toBe(0);

    const big = ['name,clerk name,clerk email', ...Array.from({ length: 501 }, (_, i) => `Parish ${i},Clerk ${i},c${i}@big.example`)].join('\n');
    const tooMany = await gql(stack.baseUrl, ONBOARD, { csv: big }, westmere);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toContain('at most 500 rows at once (got 501)');
    expect(codeOf(await gql(stack.baseUrl, PREVIEW, { csv: 'just,some\nwords,here' }, westmere))).toBe('BAD_USER_INPUT');
  });
});
