/**
 * Issue 12, points 10 and 11, through the public API on a real stack:
 * - each response standard says how it counts (the ICO's reading of a receipt on a non-working day
 *   by default, or the next working day; working days, calendar days or hours; its own cut-off), and
 *   responseDeadlines says how the dates were counted;
 * - a route never tells the subject of the concern, and says so; a handler the protocol places
 *   under the subject (roles' reportsTo) is flagged.
 */
import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';

const DEADLINES = `query($c: ID!, $cat: EnquiryCategoryKey!, $at: DateTime!, $urgent: Boolean) {
  responseDeadlines(councilId: $c, category: $cat, receivedAt: $at, urgent: $urgent) {
    startDay acknowledgeBy respondBy acknowledgeAt respondAt receiptOnNonWorkingDay unit cutOff counting
    standard { receiptOnNonWorkingDay unit cutOff acknowledgeWithinDays respondWithinDays } } }`;
const ROUTE = `query($c: ID!, $concern: VocabularyKey!, $about: VocabularyKey) {
  escalationRoute(councilId: $c, concern: $concern, about: $about) {
    subject warnings { kind step message handler { key title } subject { key title } }
    steps { index handler skipped notify { key } mayNotify { key } consult { key } withheld { key title } notes } } }`;
const START = 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }';
const RULES = 'query($id: ID!, $s: RuleSection!) { protocolVersion(id: $id) { version rules(section: $s) { key version body } } }';
const SAVE = 'mutation($v: ID!, $s: RuleSection!, $r: JSON!, $e: Int) { saveProtocolRule(versionId: $v, section: $s, rule: $r, expectedVersion: $e) { key version } }';
const ADOPT = 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-23", adoptedBy: FULL_COUNCIL }) { id } }';

describe('counting conventions and the subject of a route', () => {
  let stack: Stack;
  let clerk: { token: string };
  let c: string;

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    c = stack.db.councils.eastvale;
  });
  afterAll(() => stack.stop());

  const rules = async (id: string, s: string) => (await gql(stack.baseUrl, RULES, { id, s }, clerk)).data.protocolVersion;
  const save = async (v: string, s: string, r: unknown, e?: number) => {
    const res = await gql(stack.baseUrl, SAVE, { v, s, r, e }, clerk);
    expect(res.errors).toBeUndefined();
    return res;
  };

  test('a standard with no counting fields is answered by the ICO reading, in working days, and says so', async () => {
    // Eastvale's information requests: Saturday 7 March 2026 is the date of receipt; day 1 is Monday 9 March.
    const res = await gql(stack.baseUrl, DEADLINES, { c, cat: 'INFORMATION_REQUEST', at: '2026-03-07T10:00:00Z' }, clerk);
    expect(res.errors).toBeUndefined();
    const d = res.data.responseDeadlines;
    expect(d).toMatchObject({ startDay: '2026-03-07', receiptOnNonWorkingDay: 'ICO', unit: 'WORKING_DAYS', cutOff: null, acknowledgeAt: null, respondAt: null });
    expect(d.standard).toMatchObject({ receiptOnNonWorkingDay: 'ICO', unit: 'WORKING_DAYS', cutOff: null });
    expect(d.counting).toMatch(/^working days; day 1 is the first working day after the date of receipt.*ICO reading/);
  });

  test('the issue\'s example under both readings, calendar days, hours and a standard\'s own cut-off, after adoption', async () => {
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c }, clerk)).data.protocol;
    const draft = (await gql(stack.baseUrl, START, { p: p.id }, clerk)).data.startProtocolDraft;
    const standards = (await rules(draft.id, 'RESPONSE_STANDARD')).rules;
    const info = standards.find((r: any) => r.body.category === 'information_request');
    const base = { ...info.body };
    delete base.acknowledgeWithinDays;
    delete base.respondWithinDays;
    delete base.urgent;
    // "Acknowledge by the end of the next working day, respond within 10 working days": the ICO's reading.
    await save(draft.id, 'RESPONSE_STANDARD', { ...base, acknowledgeWithinDays: 1, respondWithinDays: 10 }, info.version);
    // The other reading, on another category; calendar days and hours on two more.
    await save(draft.id, 'RESPONSE_STANDARD', { ...base, category: 'ward_matter', acknowledgeWithinDays: 1, respondWithinDays: 10, receiptOnNonWorkingDay: 'next_working_day' });
    await save(draft.id, 'RESPONSE_STANDARD', { ...base, category: 'complaint', respondWithinDays: 20, unit: 'calendar_days', cutOff: '12:00' });
    await save(draft.id, 'RESPONSE_STANDARD', { ...base, category: 'planning', acknowledgeWithinDays: 24, respondWithinDays: 72, unit: 'hours' });
    // Bad counting fields are refused with the field named.
    for (const [bad, field] of [
      [{ receiptOnNonWorkingDay: 'gov_uk' }, 'rule.receiptOnNonWorkingDay'],
      [{ unit: 'weeks' }, 'rule.unit'],
      [{ cutOff: '4pm' }, 'rule.cutOff'],
    ] as const) {
      const res = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'RESPONSE_STANDARD', r: { ...base, category: 'policy_matter', ...bad } }, clerk);
      expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
    }
    const tooMany = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'RESPONSE_STANDARD', r: { ...base, category: 'policy_matter', respondWithinDays: 400 } }, clerk);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toMatch(/working days, 0 to 365/);

    const v = (await rules(draft.id, 'ROLE')).version;
    expect((await gql(stack.baseUrl, ADOPT, { id: draft.id, v }, clerk)).errors).toBeUndefined();

    const ask = async (cat: string, at: string) => {
      const res = await gql(stack.baseUrl, DEADLINES, { c, cat, at }, clerk);
      expect(res.errors).toBeUndefined();
      return res.data.responseDeadlines;
    };
    // Received Saturday 2026-03-07: ICO reading Monday 03-09 and Friday 03-20; the other reading 03-10 and 03-23.
    expect(await ask('INFORMATION_REQUEST', '2026-03-07T10:00:00Z')).toMatchObject({ startDay: '2026-03-07', acknowledgeBy: '2026-03-09', respondBy: '2026-03-20', receiptOnNonWorkingDay: 'ICO' });
    expect(await ask('WARD_MATTER', '2026-03-07T10:00:00Z')).toMatchObject({ startDay: '2026-03-09', acknowledgeBy: '2026-03-10', respondBy: '2026-03-23', receiptOnNonWorkingDay: 'NEXT_WORKING_DAY' });
    // Good Friday 2026 (3 April; Easter Monday 6 April): day 1 is Tuesday 7 April, or day 0 under the other reading.
    expect(await ask('INFORMATION_REQUEST', '2026-04-03T09:00:00Z')).toMatchObject({ acknowledgeBy: '2026-04-07', respondBy: '2026-04-20' });
    expect(await ask('WARD_MATTER', '2026-04-03T09:00:00Z')).toMatchObject({ acknowledgeBy: '2026-04-08', respondBy: '2026-04-21' });
    // Christmas Day 2026 (Friday; Monday 28 December is the Boxing Day substitute, 1 January a holiday).
    expect(await ask('INFORMATION_REQUEST', '2026-12-25T10:00:00Z')).toMatchObject({ acknowledgeBy: '2026-12-29', respondBy: '2027-01-12' });
    expect(await ask('WARD_MATTER', '2026-12-25T10:00:00Z')).toMatchObject({ acknowledgeBy: '2026-12-30', respondBy: '2027-01-13' });
    // On a working day the readings agree.
    expect(await ask('INFORMATION_REQUEST', '2026-03-02T10:00:00Z')).toMatchObject({ acknowledgeBy: '2026-03-03', respondBy: '2026-03-16' });
    expect(await ask('WARD_MATTER', '2026-03-02T10:00:00Z')).toMatchObject({ acknowledgeBy: '2026-03-03', respondBy: '2026-03-16' });

    // 20 calendar days with the standard's own 12:00 cut-off: Monday 2 March 13:00 is received Tuesday 3 March; due Monday 23 March.
    const cal = await ask('COMPLAINT', '2026-03-02T13:00:00Z');
    expect(cal).toMatchObject({ startDay: '2026-03-03', respondBy: '2026-03-23', unit: 'CALENDAR_DAYS', cutOff: '12:00' });
    expect(cal.counting).toMatch(/^calendar days/);
    // Before the cut-off: 11:00 on Friday 6 March is received that day, and due 20 days later, Thursday 26 March.
    expect(await ask('COMPLAINT', '2026-03-06T11:00:00Z')).toMatchObject({ startDay: '2026-03-06', respondBy: '2026-03-26' });
    // Hours: from the instant, weekend or not.
    expect(await ask('PLANNING', '2026-03-06T15:00:00Z')).toMatchObject({
      unit: 'HOURS',
      acknowledgeBy: '2026-03-07',
      acknowledgeAt: '2026-03-07T15:00:00.000Z',
      respondBy: '2026-03-09',
      respondAt: '2026-03-09T15:00:00.000Z',
      counting: 'hours from the time of receipt',
    });
  });

  test('a case opened on a Saturday takes its deadlines from its standard, by the ICO reading', async () => {
    // Saturday 28 November 2026, under the version adopted on 23 November (acknowledge 1, respond 10 working days).
    const res = await gql(
      stack.baseUrl,
      `mutation($c: ID!) { openCase(input: { councilId: $c, kind: ENQUIRY, category: INFORMATION_REQUEST, raisedByRole: MEMBER, raisedByName: "Cllr Test",
        subject: "Counting test", receivedAt: "2026-11-28T10:00:00Z" }) { startDay acknowledgeBy respondBy } }`,
      { c },
      clerk,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.openCase).toEqual({ startDay: '2026-11-28', acknowledgeBy: '2026-11-30', respondBy: '2026-12-11' });
  });

  test('the subject is left out of Tell and Consult with a note, and a handler who reports to them is flagged', async () => {
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c }, clerk)).data.protocol;
    const draft = (await gql(stack.baseUrl, START, { p: p.id }, clerk)).data.startProtocolDraft;
    const roles = (await rules(draft.id, 'ROLE')).rules;
    const role = (key: string) => roles.find((r: any) => r.body.key === key);
    // Before the protocol says who reports to whom: no warning.
    const before = (await gql(stack.baseUrl, ROUTE, { c, concern: 'MEMBER_ABOUT_OFFICER', about: 'CHIEF_EXECUTIVE' }, clerk)).data.escalationRoute;
    expect(before.warnings).toEqual([]);
    expect(before.subject).toBe('chief_executive');

    // A role cannot report to one the protocol does not define.
    const undefinedRole = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'ROLE', r: { ...role('director').body, reportsTo: 'mayor' }, e: role('director').version }, clerk);
    expect(codeOf(undefinedRole)).toBe('BAD_USER_INPUT');
    expect(undefinedRole.errors![0].message).toMatch(/mayor/);
    // The Executive Head reports to a Strategic Director, who reports to the Chief Executive.
    await save(draft.id, 'ROLE', { ...role('head_of_service').body, reportsTo: 'director' }, role('head_of_service').version);
    await save(draft.id, 'ROLE', { ...role('director').body, reportsTo: 'chief_executive' }, role('director').version);

    // The Executive Head's step tells the Chief Executive and consults the Strategic Director.
    const chains = (await rules(draft.id, 'CHAIN')).rules;
    const chain = chains.find((r: any) => r.body.concern === 'member_about_officer');
    const steps = chain.body.steps.map((s: any, i: number) => (i === 1 ? { ...s, notify: ['chief_executive'], consult: ['chief_executive', 'director'] } : s));
    await save(draft.id, 'CHAIN', { ...chain.body, steps }, chain.version);
    const roleKeys = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { roles { key reportsTo } } }', { id: draft.id }, clerk)).data.protocolVersion.roles;
    expect(roleKeys.find((r: any) => r.key === 'director').reportsTo).toBe('chief_executive');
    const v = (await rules(draft.id, 'ROLE')).version;
    expect((await gql(stack.baseUrl, ADOPT, { id: draft.id, v }, clerk)).errors).toBeUndefined();

    const res = await gql(stack.baseUrl, ROUTE, { c, concern: 'MEMBER_ABOUT_OFFICER', about: 'CHIEF_EXECUTIVE' }, clerk);
    expect(res.errors).toBeUndefined();
    const route = res.data.escalationRoute;
    const step = route.steps[1];
    expect(step).toMatchObject({ handler: 'head_of_service', notify: [], consult: [{ key: 'director' }], withheld: [{ key: 'chief_executive', title: 'Chief Executive' }] });
    expect(step.notes).toEqual(['The Chief Executive is not told or consulted: the concern is about them.']);
    expect(route.warnings).toEqual([
      {
        kind: 'HANDLER_REPORTS_TO_SUBJECT',
        step: 1,
        handler: { key: 'head_of_service', title: 'Executive Head' },
        subject: { key: 'chief_executive', title: 'Chief Executive' },
        message: 'Step 2: The Executive Head reports to the Chief Executive (through the Strategic Director), whom the concern is about.',
      },
    ]);
    // About someone else, the Chief Executive is told again and nothing is flagged.
    const other = (await gql(stack.baseUrl, ROUTE, { c, concern: 'MEMBER_ABOUT_OFFICER', about: 'OFFICER' }, clerk)).data.escalationRoute;
    expect(other.steps[1]).toMatchObject({ notify: [{ key: 'chief_executive' }], withheld: [], notes: [] });
    expect(other.warnings).toEqual([]);
  });
});
