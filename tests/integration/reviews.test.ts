import { localDate, runReviewSweep, withSystemScope } from '@accord/api';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
const TASKS = 'query($c: ID!) { reviewTasks(filter: { councilId: $c }) { totalCount items { id dueOn status outcome version } } }';
const REAFFIRM = 'mutation($id: ID!, $v: Int!, $d: LocalDate) { reaffirmProtocol(reviewTaskId: $id, expectedVersion: $v, nextReviewDue: $d) { status outcome version } }';

/** Completing an annual review: reaffirm (the next date moves on) or adopt a new version (the task completes itself). */
describe('annual reviews', () => {
  let stack: Stack;
  const today = localDate('Europe/London');
  beforeAll(async () => {
    stack = await startStack();
    for (const slug of ['eastvale', 'kingsford']) {
      await stack.db.admin.query(`UPDATE protocol_versions SET next_review_due = $1 WHERE status = 'adopted' AND council_id = $2`, [addDays(today, 10), stack.db.councils[slug]]);
    }
    await withSystemScope(stack.db.app, (s) => runReviewSweep(s, today, 30));
  });
  afterAll(() => stack.stop());

  test('a clerk reaffirms the protocol: the task completes, the next review date moves on, its reminders are cancelled', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    const [task] = (await gql(stack.baseUrl, TASKS, { c: stack.db.councils.eastvale }, clerk)).data.reviewTasks.items;
    expect(task).toMatchObject({ dueOn: addDays(today, 10), status: 'OPEN', outcome: null });
    expect(codeOf(await gql(stack.baseUrl, REAFFIRM, { id: task.id, v: task.version + 1 }, clerk))).toBe('CONFLICT');
    expect(codeOf(await gql(stack.baseUrl, REAFFIRM, { id: task.id, v: task.version, d: today }, clerk))).toBe('BAD_USER_INPUT');
    const done = await gql(stack.baseUrl, REAFFIRM, { id: task.id, v: task.version, d: addDays(today, 365) }, clerk);
    expect(done.data.reaffirmProtocol).toMatchObject({ status: 'COMPLETED', outcome: 'REAFFIRMED' });
    const adopted = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { adopted { nextReviewDue } } }', { c: stack.db.councils.eastvale }, clerk)).data.protocol.adopted;
    expect(adopted.nextReviewDue).toBe(addDays(today, 365));
    const pending = await stack.db.admin.query(`SELECT count(*)::int AS n FROM reminders WHERE review_task_id = $1 AND status = 'pending'`, [task.id]);
    expect(pending.rows[0].n).toBe(0);
    expect(codeOf(await gql(stack.baseUrl, REAFFIRM, { id: task.id, v: task.version + 1 }, clerk))).toBe('CONFLICT');
    // Swept again: the new date is far off, so no new task.
    await withSystemScope(stack.db.app, (s) => runReviewSweep(s, today, 30));
    expect((await gql(stack.baseUrl, TASKS, { c: stack.db.councils.eastvale }, clerk)).data.reviewTasks.totalCount).toBe(1);
  });

  test('reaffirming counts the next review from the meeting date given, else from the due date, not from today (issue 12, point 12)', async () => {
    const admin = await signIn(stack.baseUrl, 'admin@accord.example');
    const R = 'mutation($id: ID!, $v: Int!, $m: LocalDate) { reaffirmProtocol(reviewTaskId: $id, expectedVersion: $v, meetingOn: $m) { status } }';
    const NEXT = 'query($c: ID!) { protocol(councilId: $c) { adopted { nextReviewDue reviewEveryMonths } } }';
    for (const [slug, meetingOn] of [['glanmor', null], ['ashbury', addDays(today, -20)]] as const) {
      const c = stack.db.councils[slug];
      await stack.db.admin.query(`UPDATE protocol_versions SET review_every_months = 12 WHERE status = 'adopted' AND council_id = $1`, [c]);
      const dueOn = addDays(today, -5);
      const task = (await stack.db.admin.query(`INSERT INTO review_tasks (council_id, due_on) VALUES ($1, $2) RETURNING id, version`, [c, dueOn])).rows[0];
      const done = await gql(stack.baseUrl, R, { id: task.id, v: task.version, m: meetingOn }, admin);
      expect(done.errors).toBeUndefined();
      const from = meetingOn ?? dueOn;
      const [y, m, d] = from.split('-').map(Number);
      const oneYearOn = `${y + 1}-${String(m).padStart(2, '0')}-${String(m === 2 && d === 29 ? 28 : d).padStart(2, '0')}`;
      expect((await gql(stack.baseUrl, NEXT, { c }, admin)).data.protocol.adopted.nextReviewDue).toBe(oneYearOn);
    }
  });

  test('adopting a new version completes the review that was due', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    const c = stack.db.councils.kingsford;
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c }, clerk)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: p.id }, clerk)).data.startProtocolDraft;
    const adopt = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-23", adoptedBy: FULL_COUNCIL }) { number } }', { id: draft.id, v: draft.version }, clerk);
    expect(adopt.errors).toBeUndefined();
    const [task] = (await gql(stack.baseUrl, TASKS, { c }, clerk)).data.reviewTasks.items;
    expect(task).toMatchObject({ status: 'COMPLETED', outcome: 'NEW_VERSION' });
  });

  test('another council\'s review tasks are not listed to a clerk', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    expect((await gql(stack.baseUrl, TASKS, { c: stack.db.councils.eastvale }, clerk)).data.reviewTasks.totalCount).toBe(0);
  });
});

describe('reviews read today in the configured time zone', () => {
  // Kiritimati is UTC+14: from 10:00 UTC on it is already tomorrow there, while still today in London.
  const zone = 'Pacific/Kiritimati';
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ SWEEP_TIMEZONE: zone });
    const today = localDate(zone);
    await stack.db.admin.query(`UPDATE protocol_versions SET next_review_due = $1 WHERE status = 'adopted' AND council_id = $2`, [addDays(today, 10), stack.db.councils.eastvale]);
    await withSystemScope(stack.db.app, (s) => runReviewSweep(s, today, 30, stack.db.councils.eastvale));
  });
  afterAll(() => stack.stop());

  test('reaffirming refuses a next review date that is today in SWEEP_TIMEZONE, and takes the day after', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    const [task] = (await gql(stack.baseUrl, TASKS, { c: stack.db.councils.eastvale }, clerk)).data.reviewTasks.items;
    const today = localDate(zone);
    const refused = await gql(stack.baseUrl, REAFFIRM, { id: task.id, v: task.version, d: today }, clerk);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/after today/);
    const done = await gql(stack.baseUrl, REAFFIRM, { id: task.id, v: task.version, d: addDays(today, 1) }, clerk);
    expect(done.data.reaffirmProtocol).toMatchObject({ status: 'COMPLETED', outcome: 'REAFFIRMED' });
  });
});
