import { Client } from 'pg';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';
import { workingDaysBetween } from '../../api/src/domain/calendar';

/**
 * The standards committee's report (protocolReport) on a real API and Postgres: its figures equal
 * counts computed here in SQL straight from the tables; a monitoring officer's report covers the
 * councils below them; another council's id is NOT_FOUND; bad periods are BAD_USER_INPUT.
 */

const OPEN = 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id version } }';
const MOVE = 'mutation($id: ID!, $a: CaseAction!, $v: Int!) { moveCase(id: $id, action: $a, expectedVersion: $v) { version } }';
const REPORT = `query($c: ID!, $f: LocalDate!, $t: LocalDate!, $b: Boolean!) { protocolReport(councilId: $c, from: $f, to: $t, includeBelow: $b) {
  from to
  councils { councilId name enquiries acknowledged acknowledgedOnTime answered answeredOnTime answeredOnTimeShare medianDaysToAcknowledge medianDaysToAnswer escalations concerns concernsByKind { concern count } reviewsDue reviewsOnTime }
  years { year enquiries concerns escalations }
  totalMedians: total { medianDaysToAcknowledge medianDaysToAnswer }
  total { enquiries acknowledged answered answeredOnTime escalations concerns concernsByKind { concern count } reviewsDue reviewsOnTime } } }`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const yearStart = () => `${today().slice(0, 4)}-01-01`;

test('the figures equal counts computed in SQL from the tables; per council, per year and in total', async () => {
  const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  const c = stack.db.councils.ashbury;
  const open = async (i: Record<string, unknown>) => {
    const r = await gql(stack.baseUrl, OPEN, { i: { councilId: c, raisedByRole: 'MEMBER', raisedByName: 'Cllr Anna Shaw', subject: 'Report test', ...i } }, clerk);
    expect(r.errors).toBeUndefined();
    return r.data.openCase as { id: string; version: number };
  };
  const move = async (k: { id: string; version: number }, a: string) => {
    const r = await gql(stack.baseUrl, MOVE, { id: k.id, a, v: k.version }, clerk);
    expect(r.errors).toBeUndefined();
    k.version = r.data.moveCase.version;
  };
  const e1 = await open({ kind: 'ENQUIRY', category: 'WARD_MATTER' });
  const e2 = await open({ kind: 'ENQUIRY', category: 'PLANNING' });
  const e3 = await open({ kind: 'ENQUIRY', category: 'WARD_MATTER' });
  await move(e1, 'ACKNOWLEDGE');
  await move(e1, 'RESPOND');
  await move(e3, 'ESCALATE');
  expect(e2.version).toBe(1);
  await open({ kind: 'CONCERN', concern: 'MEMBER_ABOUT_OFFICER' });

  const r = await gql(stack.baseUrl, REPORT, { c, f: yearStart(), t: today(), b: false }, clerk);
  expect(r.errors).toBeUndefined();
  const report = r.data.protocolReport;
  expect(report.councils).toHaveLength(1);
  const row = report.councils[0];

  // The same figures, counted here from the tables as the owner.
  const [sql] = (
    await stack.db.admin.query(
      `SELECT count(*) FILTER (WHERE kind = 'enquiry')::int AS enquiries,
              count(*) FILTER (WHERE kind = 'enquiry' AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind IN ('acknowledged','responded','resolved')))::int AS acknowledged,
              count(*) FILTER (WHERE kind = 'enquiry' AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind IN ('responded','resolved')))::int AS answered,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'escalated'))::int AS escalations,
              count(*) FILTER (WHERE kind = 'concern')::int AS concerns
         FROM cases c WHERE council_id = $1 AND (received_at AT TIME ZONE 'Europe/London')::date BETWEEN $2 AND $3`,
      [c, yearStart(), today()],
    )
  ).rows;
  expect(sql).toEqual({ enquiries: 3, acknowledged: 1, answered: 1, escalations: 1, concerns: 1 });
  expect(row).toMatchObject({ councilId: c, name: 'Ashbury Borough Council', ...sql, acknowledgedOnTime: 1, answeredOnTime: 1, answeredOnTimeShare: 1, medianDaysToAnswer: 0 });
  expect(row.concernsByKind).toEqual([{ concern: 'member_about_officer', count: 1 }]);
  expect(report.total).toMatchObject(sql);
  expect(report.years).toEqual([{ year: Number(today().slice(0, 4)), enquiries: 3, concerns: 1, escalations: 1 }]);
});

test("a monitoring officer's report covers the councils below them; another council's id is NOT_FOUND; a bad period is BAD_USER_INPUT", async () => {
  const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
  const r = await gql(stack.baseUrl, REPORT, { c: stack.db.councils.torfaen, f: yearStart(), t: today(), b: true }, mo);
  expect(r.errors).toBeUndefined();
  const ids = r.data.protocolReport.councils.map((x: any) => x.councilId).sort();
  expect(ids).toEqual([stack.db.councils.torfaen, stack.db.councils.cwmbran].sort());
  const alone = await gql(stack.baseUrl, REPORT, { c: stack.db.councils.torfaen, f: yearStart(), t: today(), b: false }, mo);
  expect(alone.data.protocolReport.councils.map((x: any) => x.councilId)).toEqual([stack.db.councils.torfaen]);

  // Tenancy, three ways: another monitoring officer's council, a clerk's neighbour, an unknown id.
  const westmere = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
  expect(codeOf(await gql(stack.baseUrl, REPORT, { c: stack.db.councils.torfaen, f: yearStart(), t: today(), b: true }, westmere))).toBe('NOT_FOUND');
  expect(codeOf(await gql(stack.baseUrl, REPORT, { c: stack.db.councils.cwmbran, f: yearStart(), t: today(), b: true }, westmere))).toBe('NOT_FOUND');
  const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  expect(codeOf(await gql(stack.baseUrl, REPORT, { c: stack.db.councils.glanmor, f: yearStart(), t: today(), b: true }, clerk))).toBe('NOT_FOUND');
  expect(codeOf(await gql(stack.baseUrl, REPORT, { c: '00000000-0000-4000-8000-000000000000', f: yearStart(), t: today(), b: true }, clerk))).toBe('NOT_FOUND');
  // Westmere's report never counts Torfaen's or Cwmbran's cases.
  const theirs = await gql(stack.baseUrl, REPORT, { c: stack.db.councils.westmere, f: yearStart(), t: today(), b: true }, westmere);
  expect(theirs.data.protocolReport.councils.map((x: any) => x.councilId)).not.toContain(stack.db.councils.cwmbran);

  expect(codeOf(await gql(stack.baseUrl, REPORT, { c: stack.db.councils.ashbury, f: today(), t: yearStart() === today() ? '2000-01-01' : yearStart(), b: false }, clerk))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(stack.baseUrl, REPORT, { c: stack.db.councils.ashbury, f: '2000-01-01', t: today(), b: false }, clerk))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(stack.baseUrl, REPORT, { c: stack.db.councils.ashbury, f: 'yesterday', t: today(), b: false }, clerk))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(stack.baseUrl, REPORT, { c: stack.db.councils.ashbury, f: yearStart(), t: today(), b: false }))).toBe('UNAUTHENTICATED');
});

test("medians are in working days of the council's calendar (bank holidays, closure days), checked against the API's own calendar code, not the same SQL", async () => {
  const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  const c = stack.db.councils.ashbury;
  // Two closure days between Christmas and New Year (England: 25, 26 December and 1 January are bank holidays).
  const closures = ['2025-12-29', '2025-12-30'];
  for (const d of closures) await stack.db.admin.query(`INSERT INTO council_closures (council_id, date, reason) VALUES ($1, $2, 'Shutdown')`, [c, d]);
  const cases: { received: string; ack?: string; answer?: string }[] = [
    { received: '2025-12-19', ack: '2025-12-22', answer: '2026-01-02' },
    { received: '2025-12-10', answer: '2025-12-12' },
    { received: '2025-12-01', ack: '2025-12-03', answer: '2025-12-15' },
    { received: '2025-12-23', ack: '2025-12-24' },
    { received: '2025-12-06', ack: '2025-12-08', answer: '2025-12-31' }, // a Saturday receipt
  ];
  for (const k of cases) {
    const o = await gql(stack.baseUrl, OPEN, { i: { councilId: c, raisedByRole: 'MEMBER', raisedByName: 'Cllr Anna Shaw', subject: 'Working days', kind: 'ENQUIRY', category: 'WARD_MATTER' } }, clerk);
    expect(o.errors).toBeUndefined();
    let { id, version } = o.data.openCase;
    for (const a of [...(k.ack ? ['ACKNOWLEDGE'] : []), ...(k.answer ? ['RESPOND'] : [])]) {
      const m = await gql(stack.baseUrl, MOVE, { id, a, v: version }, clerk);
      expect(m.errors).toBeUndefined();
      version = m.data.moveCase.version;
    }
    // Back-dated as the owner: received at 10:00 London time, acknowledged and answered at 11:00 on their days.
    const at = (d: string) => `${d} 11:00 Europe/London`;
    await stack.db.admin.query(`UPDATE cases SET received_at = ($2 || ' 10:00 Europe/London')::timestamptz WHERE id = $1`, [id, k.received]);
    await stack.db.admin.query(`UPDATE case_events SET at = $2::timestamptz WHERE case_id = $1 AND kind = 'opened'`, [id, `${k.received} 10:00 Europe/London`]);
    if (k.ack) await stack.db.admin.query(`UPDATE case_events SET at = $2::timestamptz WHERE case_id = $1 AND kind = 'acknowledged'`, [id, at(k.ack)]);
    if (k.answer) await stack.db.admin.query(`UPDATE case_events SET at = $2::timestamptz WHERE case_id = $1 AND kind = 'responded'`, [id, at(k.answer)]);
  }

  // Expected, from the API's calendar code (date-holidays), not from SQL.
  const calendar = { nation: 'england' as const, closures };
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const answerDays = cases.filter((k) => k.answer).map((k) => workingDaysBetween(k.received, k.answer!, calendar));
  // An answer acknowledges too: the acknowledgement is the earlier of the two.
  const ackDays = cases.map((k) => workingDaysBetween(k.received, k.ack ?? k.answer!, calendar));
  expect(answerDays).toEqual([5, 2, 10, 14]); // worked by hand: 22, 23, 24, 31 Dec, 2 Jan; …
  expect(ackDays).toEqual([1, 2, 2, 1, 1]);

  const r = await gql(stack.baseUrl, REPORT, { c, f: '2025-12-01', t: '2025-12-31', b: false }, clerk);
  expect(r.errors).toBeUndefined();
  const row = r.data.protocolReport.councils[0];
  expect(row).toMatchObject({ enquiries: cases.length, answered: answerDays.length, medianDaysToAnswer: median(answerDays), medianDaysToAcknowledge: median(ackDays) });
  expect(row.medianDaysToAnswer).toBe(7.5);
  expect(r.data.protocolReport.totalMedians).toEqual({ medianDaysToAcknowledge: 1, medianDaysToAnswer: 7.5 });

  // The closure days count: without them the longest waits are two working days shorter each.
  await stack.db.admin.query(`DELETE FROM council_closures WHERE council_id = $1 AND reason = 'Shutdown'`, [c]);
  const without = await gql(stack.baseUrl, REPORT, { c, f: '2025-12-01', t: '2025-12-31', b: false }, clerk);
  const plain = cases.filter((k) => k.answer).map((k) => workingDaysBetween(k.received, k.answer!, { nation: 'england' }));
  expect(plain).toEqual([7, 2, 10, 16]);
  expect(without.data.protocolReport.councils[0].medianDaysToAnswer).toBe(median(plain));
});

test("accord_report_cases (SECURITY DEFINER) keeps to the caller's scope and confidentiality: another council's cases are never returned, confidential ones only to those who handle them", async () => {
  const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  const c = stack.db.councils.ashbury;
  const opened = await gql(stack.baseUrl, OPEN, { i: { councilId: c, raisedByRole: 'MEMBER', raisedByName: 'Cllr Anna Shaw', subject: 'Confidential report case', kind: 'ENQUIRY', category: 'WARD_MATTER', classification: 'CONFIDENTIAL' } }, clerk);
  expect(opened.errors).toBeUndefined();
  const made = await gql(stack.baseUrl, 'mutation($c: ID!) { createUser(input: { email: "viewer.report@ashbury.example", displayName: "Report viewer", password: "a-long-enough-password", councilId: $c, role: VIEWER }) { id } }', { c }, clerk);
  expect(made.errors).toBeUndefined();

  const asUser = async (email: string, councilId: string) => {
    const client = new Client({ host: stack.db.config.db.host, port: stack.db.config.db.port, database: stack.db.config.db.database, user: stack.db.config.db.app.user, password: stack.db.config.db.app.password });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT accord_begin_user(id) FROM users WHERE email = $1', [email]);
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM accord_report_cases($1, '2000-01-01', current_date + 1, true)`, [councilId]);
      await client.query('ROLLBACK');
      return rows[0].n as number;
    } finally {
      await client.end();
    }
  };
  const owner = async (councilIds: string[], publicOnly = false) =>
    (await stack.db.admin.query(`SELECT count(*)::int AS n FROM cases WHERE council_id = ANY($1) AND ($2 = false OR classification = 'public')`, [councilIds, publicOnly])).rows[0].n as number;

  // Another council's case, asked for by Ashbury's clerk: nothing; by its own clerk: there.
  const kingsford = stack.db.councils.kingsford;
  const theirs = await gql(stack.baseUrl, OPEN, { i: { councilId: kingsford, raisedByRole: 'MEMBER', raisedByName: 'Cllr Jane Holt', subject: 'Their case', kind: 'CONCERN', concern: 'MEMBER_ABOUT_OFFICER' } }, await signIn(stack.baseUrl, 'clerk.kingsford@accord.example'));
  expect(theirs.errors).toBeUndefined();
  expect(await owner([kingsford])).toBeGreaterThan(0);
  expect(await asUser('clerk.ashbury@accord.example', kingsford)).toBe(0);
  expect(await asUser('clerk.kingsford@accord.example', kingsford)).toBe(await owner([kingsford]));
  expect(await asUser('clerk.ashbury@accord.example', c)).toBe(await owner([c]));
  // A viewer counts public cases only; the clerk counts the confidential one too.
  expect(await asUser('viewer.report@ashbury.example', c)).toBe(await owner([c], true));
  expect(await owner([c])).toBeGreaterThan(await owner([c], true));
});
