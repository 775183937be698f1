import { Client } from 'pg';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';
import { receiptDate, workingDaysBetween, type CalendarSpec } from '../../api/src/domain/calendar';

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

test("accord_report_cases and the report (accord_protocol_report, SECURITY DEFINER) keep to the caller's scope and confidentiality: another council's cases are never returned, confidential ones only to those who handle them", async () => {
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
      // The report itself (SECURITY DEFINER: past row-level security) counts the same cases.
      const total = await client.query(
        `SELECT (row->>'enquiries')::int + (row->>'concerns')::int AS n FROM accord_protocol_report($1, '2000-01-01', current_date + 1, true)
          WHERE part = 'f' AND row->>'council_id' IS NULL AND row->>'year' IS NULL`,
        [councilId],
      );
      await client.query('ROLLBACK');
      expect(total.rows).toEqual([{ n: rows[0].n }]);
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

/**
 * The fast path (case_report_facts, one row per case with its working days counted by triggers when
 * it is acknowledged or answered, and again when the calendar changes) against a direct count: for
 * receipts on a weekend, a bank holiday, a closure day, at or after the cut-off (on a working day and
 * on a Saturday), in England, Wales and Scotland, each case's working days as the API's calendar code
 * counts them (receiptDate, then workingDaysBetween; never below 0), and the counts straight from
 * cases and case_events. Cases and events are written as the owner, so the triggers see what any
 * writer would.
 */
describe('the report rows kept by triggers', () => {
  type Tricky = { received: string; ack: string; answer: string; what: string };
  const TRICKY: Tricky[] = [
    { received: '2025-11-25 10:00', ack: '2025-11-26', answer: '2025-12-01', what: "St Andrew's Day's substitute (Scotland only) before the answer" },
    { received: '2025-12-03 17:00', ack: '2025-12-03', answer: '2025-12-04', what: 'after the cut-off, acknowledged the same evening' },
    { received: '2025-12-06 10:00', ack: '2025-12-08', answer: '2025-12-10', what: 'a Saturday' },
    { received: '2025-12-10 16:30', ack: '2025-12-11', answer: '2025-12-12', what: 'after the cut-off on a working day' },
    { received: '2025-12-13 17:00', ack: '2025-12-15', answer: '2025-12-16', what: 'after the cut-off on a Saturday (no cut-off then)' },
    { received: '2025-12-24 16:00', ack: '2025-12-31', answer: '2026-01-02', what: 'at the cut-off before Christmas' },
    { received: '2025-12-26 10:00', ack: '2025-12-31', answer: '2026-01-05', what: 'a bank holiday' },
    { received: '2025-12-29 10:00', ack: '2025-12-31', answer: '2026-01-06', what: 'a closure day' },
    { received: '2025-12-31 15:59', ack: '2026-01-02', answer: '2026-01-05', what: "just before the cut-off; 2 January (Scotland's) ahead" },
  ];
  const CLOSURES = ['2025-12-29', '2025-12-30'];
  const CUT_OFF = '16:00';
  // Winter: London time is UTC.
  const instant = (local: string) => new Date(`${local.replace(' ', 'T')}:00Z`);
  const expected = (k: Tricky, calendar: CalendarSpec) => {
    const from = receiptDate(instant(k.received), calendar);
    return [k.ack, k.answer].map((d) => Math.max(0, workingDaysBetween(from, d, calendar)));
  };

  let version: string;
  let n = 0;
  const openCase = async (council: string, k: Pick<Tricky, 'received'>) => {
    const ref = `FAST-${++n}`;
    const { rows } = await stack.db.admin.query(
      `INSERT INTO cases (council_id, reference, kind, category, raised_by_role, raised_by_name, received_at, subject, status, protocol_version_id, start_day, steps)
       VALUES ($1, $2, 'enquiry', 'ward_matter', 'member', 'Cllr Fast', ($3 || ' Europe/London')::timestamptz, 'Fast path', 'open', $4, ($3)::date, '[]') RETURNING id`,
      [council, ref, k.received, version],
    );
    await stack.db.admin.query(`INSERT INTO case_events (council_id, case_id, at, kind) VALUES ($1, $2, ($3 || ' 10:00 Europe/London')::timestamptz, 'opened')`, [council, rows[0].id, k.received.slice(0, 10)]);
    return rows[0].id as string;
  };
  const addEvent = (db: { query: Client['query'] }, council: string, caseId: string, day: string, kind: string) =>
    db.query(`INSERT INTO case_events (council_id, case_id, at, kind) VALUES ($1, $2, ($3 || ' 11:00 Europe/London')::timestamptz, $4)`, [council, caseId, day, kind]);
  /** One case's working days as the report gives them: a report for its day of receipt alone. */
  const reported = async (token: Awaited<ReturnType<typeof signIn>>, council: string, day: string) => {
    const r = await gql(stack.baseUrl, REPORT, { c: council, f: day, t: day, b: false }, token);
    expect(r.errors).toBeUndefined();
    const row = r.data.protocolReport.councils[0];
    return [row.medianDaysToAcknowledge, row.medianDaysToAnswer];
  };
  const owner = async () => {
    const c = new Client({ host: stack.db.config.db.host, port: stack.db.config.db.port, user: stack.db.config.db.admin.user, database: stack.db.config.db.database });
    await c.connect();
    return c;
  };
  /** Resolves once the connection's backend waits on a lock (so the race below really is one). */
  const waitingOnLock = async (pid: number) => {
    for (let i = 0; i < 500; i++) {
      const { rows } = await stack.db.admin.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
      if (rows[0]?.wait_event_type === 'Lock') return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`backend ${pid} never waited on a lock`);
  };

  beforeAll(async () => {
    version = (await stack.db.admin.query(`SELECT id FROM protocol_versions WHERE status = 'adopted' ORDER BY number LIMIT 1`)).rows[0].id;
  });

  test("each case's working days equal the API's calendar code for tricky receipts, in England, Wales and Scotland; the counts equal a direct count", async () => {
    const councils = [
      { id: stack.db.councils.eastvale, nation: 'england' as const, clerk: 'clerk.eastvale@accord.example' },
      { id: stack.db.councils.glanmor, nation: 'wales' as const, clerk: 'clerk.glanmor@accord.example' },
      { id: stack.db.councils.kingsford, nation: 'scotland' as const, clerk: 'clerk.kingsford@accord.example' },
    ];
    // Kingsford is taken to Scotland for this test; every council has the same cut-off and closure days.
    await stack.db.admin.query(`UPDATE councils SET nation = 'scotland' WHERE id = $1`, [stack.db.councils.kingsford]);
    const byNation: Record<string, number[][]> = {};
    for (const c of councils) {
      await stack.db.admin.query(`UPDATE councils SET response_cut_off = $2 WHERE id = $1`, [c.id, CUT_OFF]);
      for (const d of CLOSURES) await stack.db.admin.query(`INSERT INTO council_closures (council_id, date, reason) VALUES ($1, $2, 'Shutdown')`, [c.id, d]);
      for (const k of TRICKY) {
        const id = await openCase(c.id, k);
        await addEvent(stack.db.admin, c.id, id, k.ack, 'acknowledged');
        await addEvent(stack.db.admin, c.id, id, k.answer, 'responded');
      }
      const token = await signIn(stack.baseUrl, c.clerk);
      const calendar: CalendarSpec = { nation: c.nation, closures: CLOSURES, cutOff: CUT_OFF };
      byNation[c.nation] = [];
      for (const k of TRICKY) {
        const got = await reported(token, c.id, k.received.slice(0, 10));
        expect({ case: k.what, nation: c.nation, days: got }).toEqual({ case: k.what, nation: c.nation, days: expected(k, calendar) });
        byNation[c.nation].push(got);
      }
      // The counts over the whole period, straight from cases and case_events.
      const r = await gql(stack.baseUrl, REPORT, { c: c.id, f: '2025-11-01', t: '2026-01-31', b: false }, token);
      const [direct] = (
        await stack.db.admin.query(
          `SELECT count(*)::int AS enquiries,
                  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind IN ('acknowledged','responded','resolved')))::int AS acknowledged,
                  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind IN ('responded','resolved')))::int AS answered
             FROM cases c WHERE council_id = $1 AND kind = 'enquiry' AND (received_at AT TIME ZONE 'Europe/London')::date BETWEEN '2025-11-01' AND '2026-01-31'`,
          [c.id],
        )
      ).rows;
      expect(direct.enquiries).toBeGreaterThanOrEqual(TRICKY.length);
      expect(r.data.protocolReport.councils[0]).toMatchObject(direct);
    }
    // England and Wales share their bank holidays; Scotland's differ (St Andrew's Day, 2 January).
    expect(byNation.wales).toEqual(byNation.england);
    expect(byNation.scotland).not.toEqual(byNation.england);
    // And the cut-off matters: the case received after it counts one working day fewer than without it.
    expect(expected(TRICKY[3], { nation: 'england', closures: CLOSURES, cutOff: CUT_OFF })).toEqual([0, 1]);
    expect(expected(TRICKY[3], { nation: 'england', closures: CLOSURES })).toEqual([1, 2]);
  });

  test('a change of calendar (a closure day added or removed, the cut-off changed or cleared) counts the working days again; a deleted event is counted out', async () => {
    const c = stack.db.councils.eastvale;
    const token = await signIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    const check = async (calendar: CalendarSpec) => {
      for (const k of TRICKY) expect({ case: k.what, days: await reported(token, c, k.received.slice(0, 10)) }).toEqual({ case: k.what, days: expected(k, calendar) });
    };
    // A closure day added through the API (on the Tuesday between a Saturday receipt and its answer).
    const added = await gql(stack.baseUrl, 'mutation($c: ID!) { addCouncilClosure(councilId: $c, date: "2025-12-09") { id } }', { c }, token);
    expect(added.errors).toBeUndefined();
    await check({ nation: 'england', closures: [...CLOSURES, '2025-12-09'], cutOff: CUT_OFF });
    expect(await reported(token, c, '2025-12-06')).toEqual([1, 2]);
    // The cut-off moved, then cleared.
    await stack.db.admin.query(`UPDATE councils SET response_cut_off = '17:00' WHERE id = $1`, [c]);
    await check({ nation: 'england', closures: [...CLOSURES, '2025-12-09'], cutOff: '17:00' });
    await stack.db.admin.query(`UPDATE councils SET response_cut_off = NULL WHERE id = $1`, [c]);
    await check({ nation: 'england', closures: [...CLOSURES, '2025-12-09'] });
    // The closure day removed through the API.
    const removed = await gql(stack.baseUrl, 'mutation($id: ID!) { removeCouncilClosure(id: $id) }', { id: added.data.addCouncilClosure.id }, token);
    expect(removed.errors).toBeUndefined();
    await check({ nation: 'england', closures: CLOSURES });

    // An answer deleted by the owner: the case is acknowledged, no longer answered.
    const day = '2025-12-06';
    const before = (await gql(stack.baseUrl, REPORT, { c, f: day, t: day, b: false }, token)).data.protocolReport.councils[0];
    expect(before).toMatchObject({ acknowledged: 1, answered: 1 });
    await stack.db.admin.query(
      `DELETE FROM case_events e USING cases k WHERE e.case_id = k.id AND k.council_id = $1 AND (k.received_at AT TIME ZONE 'Europe/London')::date = $2 AND e.kind = 'responded'`,
      [c, day],
    );
    const after = (await gql(stack.baseUrl, REPORT, { c, f: day, t: day, b: false }, token)).data.protocolReport.councils[0];
    expect(after).toMatchObject({ acknowledged: 1, answered: 0, medianDaysToAnswer: null });
  });

  test('concurrent writers lose nothing: two transactions adding events to one case, and a closure day added while a case is answered', async () => {
    const c = stack.db.councils.eastvale;
    const token = await signIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    const k = { received: '2025-10-06 10:00' }; // a Monday
    const id = await openCase(c, k);
    const [t1, t2] = [await owner(), await owner()];
    try {
      // Two events for one case at once: the second waits for the first's row and builds on it.
      await t1.query('BEGIN');
      await addEvent(t1, c, id, '2025-10-10', 'responded');
      await t2.query('BEGIN');
      const pid2 = (await t2.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      const second = addEvent(t2, c, id, '2025-10-08', 'acknowledged');
      await waitingOnLock(pid2);
      await t1.query('COMMIT');
      await second;
      await t2.query('COMMIT');
      expect(await reported(token, c, '2025-10-06')).toEqual([2, 4]);

      // A closure day added (t1) while an answer to another case is written (t2): the answer waits, then counts it.
      const other = await openCase(c, { received: '2025-10-13 10:00' });
      await t1.query('BEGIN');
      await t1.query(`INSERT INTO council_closures (council_id, date, reason) VALUES ($1, '2025-10-14', 'Training day')`, [c]);
      await t2.query('BEGIN');
      const answer = addEvent(t2, c, other, '2025-10-16', 'responded');
      await waitingOnLock(pid2);
      await t1.query('COMMIT');
      await answer;
      await t2.query('COMMIT');
      const calendar: CalendarSpec = { nation: 'england', closures: [...CLOSURES, '2025-10-14'] };
      expect(await reported(token, c, '2025-10-13')).toEqual([2, 2]);
      expect(workingDaysBetween('2025-10-13', '2025-10-16', calendar)).toBe(2);
      // The case answered before the closure day was added was counted again with it too.
      expect(await reported(token, c, '2025-10-06')).toEqual([2, 4]);
    } finally {
      await t1.end();
      await t2.end();
    }
  });
});
