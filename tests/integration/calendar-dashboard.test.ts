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
    // Glanmor is in Wales and the feed names no language: Welsh and English, Welsh first.
    const ack = events.find((e) => e.summary === `Cydnabod / Acknowledge: ${cases.other.reference} Glanmor only`);
    expect(ack?.startDate.toString()).toBe('2026-09-08');
    expect(ack?.description).toBe(
      `Rhaid cydnabod ymholiad ${cases.other.reference} (Glanmor County Council) erbyn dydd Mawrth 8 Medi 2026.\n\n` +
        `Enquiry ${cases.other.reference} (Glanmor County Council) must be acknowledged by Tuesday 8 September 2026.`,
    );
    expect(summaries).toContain(`Cydnabod / Acknowledge: ${secret.reference} (cyfrinachol / confidential)`);
    expect(summaries.some((s) => s.includes('Personnel file') || s.includes('Minutes late'))).toBe(false);
    expect(events.some((e) => e.description?.includes('Personnel file'))).toBe(false);
    expect(summaries.some((s) => /^Adolygiad o'r protocol yn ddyledus \/ Protocol review due: Glanmor/.test(s))).toBe(true);
    expect(events.every((e) => e.startDate.isDate && e.uid.endsWith('@accord'))).toBe(true);

    // Another council's clerk cannot revoke it.
    expect(codeOf(await gql(stack.baseUrl, 'mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }', { id: feed.id }, cwmbran))).toBe('NOT_FOUND');
    const revoked = await gql(stack.baseUrl, 'mutation($id: ID!) { revokeCalendarFeed(id: $id) { revokedAt } }', { id: feed.id }, glanmor);
    expect(revoked.data.revokeCalendarFeed.revokedAt).not.toBeNull();
    expect((await fetch(`${stack.baseUrl}${new URL(url).pathname}`)).status).toBe(404);
    const unknown = await fetch(`${stack.baseUrl}/calendar/cal_not-a-real-token-at-all.ics`);
    expect([unknown.status, await unknown.text()]).toEqual([404, 'No such calendar (it may have been revoked)']);
    const welsh = await fetch(`${stack.baseUrl}/calendar/cal_not-a-real-token-at-all.ics`, { headers: { 'accept-language': 'cy' } });
    expect([welsh.status, await welsh.text()]).toEqual([404, "Nid oes calendr o'r fath (efallai ei fod wedi'i ddirymu)"]);
  });

  test('a monitoring officer\'s feed covers the councils below theirs and no others', async () => {
    const created = await gql(stack.baseUrl, 'mutation($c: ID!) { createCalendarFeed(councilId: $c, name: "Torfaen and below", includeBelow: true) { url } }', { c: stack.db.councils.torfaen }, mo);
    const summaries = (await feedEvents(created.data.createCalendarFeed.url)).map((e) => e.summary);
    expect(summaries.some((s) => /Protocol review due: Cwmbran/.test(s))).toBe(true);
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
  describe("a feed's language", () => {
    const FEED = 'mutation($c: ID!, $n: String!, $l: Language) { createCalendarFeed(councilId: $c, name: $n, language: $l) { url feed { language } } }';
    const calendarOf = async (url: string) => {
      const res = await fetch(`${stack.baseUrl}${new URL(url).pathname}`);
      expect(res.status).toBe(200);
      return new ICAL.Component(ICAL.parse(await res.text()));
    };
    const review = (cal: InstanceType<typeof ICAL.Component>) =>
      cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.uid.startsWith('review-'))!;

    test('Welsh only: summaries, descriptions with the date in words, the calendar\'s description; stored and read back', async () => {
      const created = await gql(stack.baseUrl, FEED, { c: stack.db.councils.glanmor, n: 'Terfynau Glanmor', l: 'CY' }, glanmor);
      expect(created.errors).toBeUndefined();
      expect(created.data.createCalendarFeed.feed.language).toBe('CY');
      const cal = await calendarOf(created.data.createCalendarFeed.url);
      expect(cal.getFirstPropertyValue('x-wr-caldesc')).toBe("Terfynau amser achosion a dyddiadau adolygu'r protocol o Accord: Glanmor County Council.");
      expect(String(cal.getFirstPropertyValue('prodid'))).toMatch(/\/\/CY$/);
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const ack = events.find((e) => e.summary === `Cydnabod: ${cases.other.reference} Glanmor only`);
      expect(ack?.description).toBe(`Rhaid cydnabod ymholiad ${cases.other.reference} (Glanmor County Council) erbyn dydd Mawrth 8 Medi 2026.`);
      const r = review(cal);
      expect(r.summary).toBe("Adolygiad o'r protocol yn ddyledus: Glanmor County Council");
      expect(r.description).toMatch(/^Mae protocol aelodau\/swyddogion Glanmor County Council i'w adolygu erbyn dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul) \d{1,2} \S+ \d{4}\.$/);
      // No English word of the English feed is left in the Welsh one.
      for (const e of events) expect(`${e.summary} ${e.description}`).not.toMatch(/\b(Acknowledge|Reply|Step|due|Enquiry|Concern|must|review|confidential)\b/);
      const listed = await gql(stack.baseUrl, 'query($c: ID!) { calendarFeeds(councilId: $c) { name language } }', { c: stack.db.councils.glanmor }, glanmor);
      expect(listed.data.calendarFeeds).toContainEqual({ name: 'Terfynau Glanmor', language: 'CY' });
    });

    test('English only in Wales when asked; English by default in England', async () => {
      const english = await calendarOf((await gql(stack.baseUrl, FEED, { c: stack.db.councils.glanmor, n: 'Glanmor (English)', l: 'EN' }, glanmor)).data.createCalendarFeed.url);
      expect(review(english).summary).toBe('Protocol review due: Glanmor County Council');
      expect(review(english).description).toMatch(/^The member\/officer protocol of Glanmor County Council is due for review on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
      expect(english.getFirstPropertyValue('x-wr-caldesc')).toBe('Case deadlines and protocol review dates from Accord: Glanmor County Council.');

      const ashbury = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
      await stack.db.admin.query(`UPDATE councils SET next_review_due = current_date + 30 WHERE id = $1`, [stack.db.councils.ashbury]);
      const made = await gql(stack.baseUrl, FEED, { c: stack.db.councils.ashbury, n: 'Ashbury' }, ashbury);
      expect(made.data.createCalendarFeed.feed.language).toBeNull();
      const england = await calendarOf(made.data.createCalendarFeed.url);
      expect(review(england).summary).toBe('Protocol review due: Ashbury Borough Council');
      expect(String(england.getFirstPropertyValue('prodid'))).toMatch(/\/\/EN$/);
    });
  });
});
