import ICAL from 'ical.js';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

const OPEN = 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }';

describe('calendar feeds and the monitoring officer\'s dashboard', () => {
  let stack: Stack;
  let mo: { token: string };
  let cwmbran: { token: string };
  let glanmor: { token: string };
  const cases: Record<string, { id: string; reference: string }> = {};

  beforeAll(async () => {
    stack = await startStack();
    // The demo states no review dates its texts do not give; these tests set their own (Glanmor's and Cwmbran's).
    await stack.db.admin.query(`UPDATE councils SET next_review_due = current_date + 120 WHERE id = $1`, [stack.db.councils.glanmor]);
    await stack.db.admin.query(`UPDATE councils SET next_review_due = current_date + 17 WHERE id = $1`, [stack.db.councils.cwmbran]);
    mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    cwmbran = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    glanmor = await signIn(stack.baseUrl, 'clerk.glanmor@accord.example');
    const concern = (extra: object) => ({ councilId: stack.db.councils.cwmbran, kind: 'CONCERN', concern: 'ABOUT_CLERK', aboutRole: 'CLERK', raisedByRole: 'MEMBER', raisedByName: 'Cllr Dai Evans', ...extra });
    cases.open = (await gql(stack.baseUrl, OPEN, { i: concern({ subject: 'Minutes late' }) }, cwmbran)).data.openCase;
    cases.secret = (await gql(stack.baseUrl, OPEN, { i: concern({ subject: 'Staff matter', classification: 'EMPLOYEE_PERSONAL' }) }, cwmbran)).data.openCase;
    // Monitoring officers see the councils below them, and not Glanmor.
    cases.other = (
      await gql(stack.baseUrl, OPEN, { i: { councilId: stack.db.councils.glanmor, kind: 'ENQUIRY', category: 'GENERAL_CORRESPONDENCE', raisedByRole: 'MEMBER', raisedByName: 'Cllr Elin Hughes', subject: 'Glanmor only', receivedAt: '2026-09-01T09:00:00Z' } }, glanmor)
    ).data.openCase;
    for (const c of Object.values(cases)) expect(c?.id).toBeDefined();
  });
  afterAll(() => stack.stop());

  const feedEvents = async (url: string) => {
    const res = await fetch(`${stack.baseUrl}${new URL(url).pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8/);
    return new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };

  test('a clerk\'s feed has their council\'s deadlines, confidential subjects hidden; revoked, it is gone', async () => {
    const secret = (
      await gql(stack.baseUrl, OPEN, { i: { councilId: stack.db.councils.glanmor, kind: 'ENQUIRY', category: 'GENERAL_CORRESPONDENCE', raisedByRole: 'MEMBER', raisedByName: 'Cllr Elin Hughes', subject: 'Personnel file', classification: 'EMPLOYEE_PERSONAL', receivedAt: '2026-09-01T09:00:00Z' } }, glanmor)
    ).data.openCase;
    const created = await gql(stack.baseUrl, 'mutation($c: ID!) { createCalendarFeed(councilId: $c, name: "Glanmor deadlines") { url feed { id includeBelow } } }', { c: stack.db.councils.glanmor }, glanmor);
    expect(created.errors).toBeUndefined();
    const { url, feed } = created.data.createCalendarFeed;
    const events = await feedEvents(url);
    const summaries = events.map((e) => e.summary);
    // General correspondence at Glanmor: acknowledged within five working days of Tuesday 1 September 2026.
    const ack = events.find((e) => e.summary === `Acknowledge: ${cases.other.reference} Glanmor only`);
    expect(ack?.startDate.toString()).toBe('2026-09-08');
    expect(summaries).toContain(`Acknowledge: ${secret.reference} (confidential)`);
    expect(summaries.some((s) => s.includes('Personnel file') || s.includes('Minutes late'))).toBe(false);
    expect(summaries.some((s) => /^Protocol review due: Glanmor/.test(s))).toBe(true);
    expect(events.every((e) => e.startDate.isDate && e.uid.endsWith('@accord'))).toBe(true);

    // Another council's clerk cannot revoke it.
    expect(codeOf(await gql(stack.baseUrl, 'mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }', { id: feed.id }, cwmbran))).toBe('NOT_FOUND');
    const revoked = await gql(stack.baseUrl, 'mutation($id: ID!) { revokeCalendarFeed(id: $id) { revokedAt } }', { id: feed.id }, glanmor);
    expect(revoked.data.revokeCalendarFeed.revokedAt).not.toBeNull();
    expect((await fetch(`${stack.baseUrl}${new URL(url).pathname}`)).status).toBe(404);
    expect((await fetch(`${stack.baseUrl}/calendar/cal_not-a-real-token-at-all.ics`)).status).toBe(404);
  });

  test('a monitoring officer\'s feed covers the councils below theirs and no others', async () => {
    const created = await gql(stack.baseUrl, 'mutation($c: ID!) { createCalendarFeed(councilId: $c, name: "Torfaen and below", includeBelow: true) { url } }', { c: stack.db.councils.torfaen }, mo);
    const summaries = (await feedEvents(created.data.createCalendarFeed.url)).map((e) => e.summary);
    expect(summaries.some((s) => /^Protocol review due: Cwmbran/.test(s))).toBe(true);
    expect(summaries.some((s) => /Glanmor/.test(s))).toBe(false);
  });

  test('the dashboard counts across the caller\'s councils, and another county\'s cases are not in it', async () => {
    const DASH = 'query($d: LocalDate) { dashboard(today: $d) { councilCount total { openCases casesPastDeadline reviewsDue reviewsOverdue casesWithMonitoringOfficer } councils { council { slug } openCases casesPastDeadline } } }';
    const far = '2027-06-01'; // every deadline of these cases has passed by then
    const res = await gql(stack.baseUrl, DASH, { d: far }, mo);
    expect(res.errors).toBeUndefined();
    const d = res.data.dashboard;
    expect(d.councilCount).toBe(2); // Torfaen and Cwmbran
    expect(d.councils.map((c: any) => c.council.slug)).toEqual(['cwmbran']);
    expect(d.total.openCases).toBe(2);
    expect(d.total.casesPastDeadline).toBe(0); // Cwmbran's protocol sets no time limits
    const glanmorView = (await gql(stack.baseUrl, DASH, { d: far }, glanmor)).data.dashboard;
    expect(glanmorView.total.openCases).toBe(2);
    expect(glanmorView.total.casesPastDeadline).toBe(2);
    expect(codeOf(await gql(stack.baseUrl, DASH, { d: '31/12/2026' }, mo))).toBe('BAD_USER_INPUT');
  });
});
