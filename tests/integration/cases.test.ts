import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';
import { addWorkingDays, startDay } from '../../api/src/domain/calendar';

const OPEN = `mutation($i: OpenCaseInput!) { openCase(input: $i) {
  id reference kind status version startDay acknowledgeBy respondBy respondBeforeMeeting stepIndex stepDue handlerRole clauses
  steps { index handler workingDays } handlers { name } protocolVersion { number } events { kind toStatus note } } }`;
const MOVE = 'mutation($id: ID!, $a: CaseAction!, $v: Int!, $n: String) { moveCase(id: $id, action: $a, expectedVersion: $v, note: $n) { status version stepIndex handlerRole stepDue events { kind fromStatus toStatus } } }';

describe('casework', () => {
  let stack: Stack;
  let ashbury: { token: string };
  let cwmbran: { token: string };
  const ward = (extra: object = {}) => ({
    councilId: stack.db.councils.ashbury,
    kind: 'ENQUIRY',
    category: 'WARD_MATTER',
    raisedByRole: 'MEMBER',
    raisedByName: 'Cllr Anna Shaw',
    raisedByEmail: 'anna.shaw@ashbury.example',
    // Friday 28 August 2026, 10:00 London: Monday 31 August is the summer bank holiday.
    receivedAt: '2026-08-28T09:00:00Z',
    subject: 'Blocked drain on Mill Lane',
    ...extra,
  });
  const reminders = async (caseId: string) =>
    (await stack.db.admin.query(`SELECT kind, status, deadline::text, to_roles FROM reminders WHERE case_id = $1 ORDER BY send_at, kind`, [caseId])).rows;

  beforeAll(async () => {
    stack = await startStack();
    ashbury = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    cwmbran = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
  });
  afterAll(() => stack.stop());

  test('an Ashbury ward enquiry gets its deadlines from clause 106 at receipt, its timeline and its reminders', async () => {
    const res = await gql(stack.baseUrl, OPEN, { i: ward() }, ashbury);
    expect(res.errors).toBeUndefined();
    const c = res.data.openCase;
    expect(c).toMatchObject({ reference: '2026-0001', kind: 'ENQUIRY', status: 'OPEN', startDay: '2026-08-28', acknowledgeBy: '2026-09-02', respondBy: '2026-09-14', stepIndex: 0, stepDue: '2026-09-14' });
    expect(c.clauses).toContain('106');
    expect(c.steps.map((s: any) => s.handler)).toEqual(['democratic_services', 'director', 'chief_executive']);
    expect(c.events).toEqual([{ kind: 'opened', toStatus: 'OPEN', note: 'Opened under protocol version 1' }]);
    expect(await reminders(c.id)).toEqual([
      { kind: 'acknowledge_soon', status: 'pending', deadline: '2026-09-02', to_roles: ['democratic_services'] },
      { kind: 'acknowledge_missed', status: 'pending', deadline: '2026-09-02', to_roles: ['director'] },
      { kind: 'respond_soon', status: 'pending', deadline: '2026-09-14', to_roles: ['democratic_services'] },
      { kind: 'respond_missed', status: 'pending', deadline: '2026-09-14', to_roles: ['director'] },
    ]);
    const second = await gql(stack.baseUrl, OPEN, { i: ward({ subject: 'Street light out' }) }, ashbury);
    expect(second.data.openCase.reference).toBe('2026-0002');
    const logged = await stack.db.admin.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [c.id]);
    expect(logged.rows).toEqual([{ action: 'case.open' }]);
  });

  test('a concern about the Clerk of Cwmbran goes first to the Chairman (clause 15), named', async () => {
    const res = await gql(
      stack.baseUrl,
      OPEN,
      { i: { councilId: stack.db.councils.cwmbran, kind: 'CONCERN', concern: 'ABOUT_CLERK', aboutRole: 'CLERK', raisedByRole: 'MEMBER', raisedByName: 'Cllr Dai Evans', subject: 'Minutes not circulated' } },
      cwmbran,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.openCase).toMatchObject({ handlerRole: 'chairman', handlers: [{ name: 'Cllr Gareth Davies' }], acknowledgeBy: null });
    expect(res.data.openCase.clauses.length + res.data.openCase.steps.flatMap((s: any) => s).length).toBeGreaterThan(0);
  });

  test('the lifecycle allows only its transitions; a stale version is a CONFLICT; each move is on the timeline', async () => {
    const c = (await gql(stack.baseUrl, OPEN, { i: ward({ subject: 'Overgrown hedge' }) }, ashbury)).data.openCase;
    const early = await gql(stack.baseUrl, MOVE, { id: c.id, a: 'CLOSE', v: c.version }, ashbury);
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors![0].message).toMatch(/open enquiry cannot be closed/);
    const ack = await gql(stack.baseUrl, MOVE, { id: c.id, a: 'ACKNOWLEDGE', v: c.version, n: 'Passed to Highways' }, ashbury);
    expect(ack.data.moveCase).toMatchObject({ status: 'ACKNOWLEDGED', version: c.version + 1 });
    // The acknowledgement reminders are no longer needed.
    expect((await reminders(c.id)).filter((r: any) => r.status === 'pending').map((r: any) => r.kind)).toEqual(['respond_soon', 'respond_missed']);
    expect(codeOf(await gql(stack.baseUrl, MOVE, { id: c.id, a: 'RESPOND', v: c.version }, ashbury))).toBe('CONFLICT'); // stale
    const escalated = await gql(stack.baseUrl, MOVE, { id: c.id, a: 'ESCALATE', v: c.version + 1 }, ashbury);
    expect(escalated.data.moveCase).toMatchObject({ status: 'ACKNOWLEDGED', stepIndex: 1, handlerRole: 'director' });
    const responded = await gql(stack.baseUrl, MOVE, { id: c.id, a: 'RESPOND', v: c.version + 2 }, ashbury);
    const closed = await gql(stack.baseUrl, MOVE, { id: c.id, a: 'CLOSE', v: c.version + 3 }, ashbury);
    expect([responded.data.moveCase.status, closed.data.moveCase.status]).toEqual(['RESPONDED', 'CLOSED']);
    expect(closed.data.moveCase.events.map((e: any) => e.kind)).toEqual(['opened', 'acknowledged', 'escalated', 'responded', 'closed']);
    expect((await reminders(c.id)).filter((r: any) => r.status === 'pending')).toEqual([]);
    expect(codeOf(await gql(stack.baseUrl, MOVE, { id: c.id, a: 'ESCALATE', v: c.version + 4 }, ashbury))).toBe('CONFLICT');
  });

  test.each<[string, object, string]>([
    ['an enquiry with no category', { category: null }, 'category'],
    ['a category Ashbury sets no standard for', { category: 'GENERAL_CORRESPONDENCE' }, 'category'],
    ['a receipt in the future', { receivedAt: '2099-01-01T09:00:00Z' }, 'receivedAt'],
    ['a blank subject', { subject: '  ' }, 'subject'],
    ['a bad e-mail address', { raisedByEmail: 'anna at ashbury' }, 'raisedByEmail'],
    ['a concern with no kind', { kind: 'CONCERN', category: null }, 'concern'],
    ['a concern about a role Ashbury\'s protocol does not name', { kind: 'CONCERN', category: null, concern: 'MEMBER_ABOUT_OFFICER', aboutRole: 'NALC' }, 'aboutRole'],
  ])('bad input is refused and nothing written: %s', async (_name, extra, field) => {
    const before = (await stack.db.admin.query('SELECT count(*)::int AS n FROM cases')).rows[0].n;
    const res = await gql(stack.baseUrl, OPEN, { i: ward(extra) }, ashbury);
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
    expect((await stack.db.admin.query('SELECT count(*)::int AS n FROM cases')).rows[0].n).toBe(before);
  });

  test('a confidential case is seen by the clerk, not by an API key; public ones by both', async () => {
    const secret = (await gql(stack.baseUrl, OPEN, { i: ward({ subject: 'Staff conduct', classification: 'EMPLOYEE_PERSONAL' }) }, ashbury)).data.openCase;
    const key = (await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Site", councilId: $c }) { secret } }', { c: stack.db.councils.ashbury }, ashbury)).data.createApiKey.secret;
    const asKey = { apiKey: key };
    expect(codeOf(await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { id } }', { id: secret.id }, asKey))).toBe('NOT_FOUND');
    expect((await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { id } }', { id: secret.id }, ashbury)).data.case.id).toBe(secret.id);
    const listed = (await gql(stack.baseUrl, '{ cases(limit: 200) { items { id classification } } }', {}, asKey)).data.cases.items;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((c: any) => c.classification === 'PUBLIC')).toBe(true);
    expect(codeOf(await gql(stack.baseUrl, OPEN, { i: ward() }, asKey))).toBe('FORBIDDEN');
  });

  test('a new protocol version applies to new cases; an open case keeps the deadlines it was given', async () => {
    const old = (await gql(stack.baseUrl, OPEN, { i: ward({ subject: 'Bus shelter', receivedAt: '2026-11-02T10:00:00Z' }) }, ashbury)).data.openCase;
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: stack.db.councils.ashbury }, ashbury)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id rules(section: RESPONSE_STANDARD) { key version body } } }', { p: p.id }, ashbury)).data.startProtocolDraft;
    const std = draft.rules.find((r: any) => r.key === 'ward_matter');
    const saved = await gql(stack.baseUrl, 'mutation($v: ID!, $r: JSON!, $e: Int) { saveProtocolRule(versionId: $v, section: RESPONSE_STANDARD, rule: $r, expectedVersion: $e) { key } }', { v: draft.id, r: { ...std.body, respondWithinDays: 5 }, e: std.version }, ashbury);
    expect(saved.errors).toBeUndefined();
    const v = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { version } }', { id: draft.id }, ashbury)).data.protocolVersion.version;
    const adopted = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-20", adoptedBy: FULL_COUNCIL }) { number } }', { id: draft.id, v }, ashbury);
    expect(adopted.errors).toBeUndefined();

    const kept = (await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { respondBy protocolVersion { number } } }', { id: old.id }, ashbury)).data.case;
    expect(kept).toEqual({ respondBy: old.respondBy, protocolVersion: { number: 1 } });
    // Received before the new version took effect: still the old standard.
    const late = (await gql(stack.baseUrl, OPEN, { i: ward({ subject: 'Late report', receivedAt: '2026-11-03T10:00:00Z' }) }, ashbury)).data.openCase;
    expect([late.protocolVersion.number, late.respondBy]).toEqual([1, '2026-11-17']);
    const fresh = (await gql(stack.baseUrl, OPEN, { i: ward({ subject: 'New report', receivedAt: '2026-11-23T10:00:00Z' }) }, ashbury)).data.openCase;
    expect([fresh.protocolVersion.number, fresh.respondBy]).toEqual([adopted.data.adoptProtocolVersion.number, '2026-11-30']);
  });

  test('each of the five councils opens a case of every kind its protocol names, with the deadlines its standards give', async () => {
    const admin = await signIn(stack.baseUrl, 'admin@accord.example');
    const receivedAt = '2025-12-22T10:00:00Z'; // Monday before Christmas: two bank holidays inside ten working days
    for (const slug of ['cwmbran', 'glanmor', 'ashbury', 'kingsford', 'eastvale']) {
      const c = stack.db.councils[slug];
      const p = (
        await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { adopted { responseStandards { category acknowledgeWithinDays respondWithinDays } chains { concern severity about category } } } }', { c }, admin)
      ).data.protocol.adopted;
      const own = (await gql(stack.baseUrl, 'query($c: ID!) { council(id: $c) { nation responseCutOff } councilClosures(councilId: $c) { date } }', { c }, admin)).data;
      const calendar = {
        nation: own.council.nation.toLowerCase(),
        closures: own.councilClosures.map((d: { date: string }) => d.date),
        ...(own.council.responseCutOff ? { cutOff: own.council.responseCutOff } : {}),
      };
      const day0 = startDay(new Date(receivedAt), calendar);
      for (let s of p.responseStandards) {
        const res = await gql(
          stack.baseUrl,
          'mutation($i: OpenCaseInput!) { openCase(input: $i) { startDay acknowledgeBy respondBy protocolVersion { responseStandards { category acknowledgeWithinDays respondWithinDays } } } }',
          { i: { councilId: c, kind: 'ENQUIRY', category: s.category, raisedByRole: 'MEMBER', raisedByName: 'Cllr Test', subject: `${slug} ${s.category}`, receivedAt } },
          admin,
        );
        // The standard of the version in force at receipt (another test here adopts a newer one).
        s = res.data?.openCase.protocolVersion.responseStandards.find((x: { category: string }) => x.category === s.category) ?? s;
        expect({ slug, category: s.category, errors: res.errors }).toEqual({ slug, category: s.category, errors: undefined });
        expect({ slug, category: s.category, ack: res.data.openCase.acknowledgeBy, start: res.data.openCase.startDay }).toEqual({ slug, category: s.category, start: day0, ack: s.acknowledgeWithinDays == null ? null : addWorkingDays(day0, s.acknowledgeWithinDays, calendar) });
        expect(res.data.openCase.respondBy).toBe(s.respondWithinDays == null ? null : addWorkingDays(day0, s.respondWithinDays, calendar));
      }
      for (const ch of p.chains) {
        const res = await gql(
          stack.baseUrl,
          OPEN,
          { i: { councilId: c, kind: 'CONCERN', concern: ch.concern, category: ch.category, severity: ch.severity, aboutRole: ch.about, raisedByRole: 'MEMBER', raisedByName: 'Cllr Test', subject: `${slug} ${ch.concern}`, receivedAt } },
          admin,
        );
        // A chain whose every step is handled by its own subject cannot take the case; every seed chain has someone.
        expect({ slug, concern: ch.concern, about: ch.about, errors: res.errors }).toEqual({ slug, concern: ch.concern, about: ch.about, errors: undefined });
        expect(res.data.openCase.handlerRole).not.toBeNull();
      }
      expect(p.responseStandards.length + p.chains.length).toBeGreaterThan(2);
    }
  });
});
