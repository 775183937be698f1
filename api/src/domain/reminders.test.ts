import { recipientsFor, reminderVerdict, type ReminderFacts, type ReminderVerdict } from './reminders';

const TODAY = '2026-12-07';
const kase = (status: string, stepIndex = 0) => ({ status, stepIndex });
const r = (over: Partial<ReminderFacts>): ReminderFacts => ({ kind: 'respond_soon', deadline: '2026-12-10', stepIndex: 0, case: kase('open'), task: null, ...over });

describe('which reminders go', () => {
  const table: [string, ReminderFacts, ReminderVerdict][] = [
    ['reply due, deadline ahead', r({}), 'send'],
    ['reply due, deadline today', r({ deadline: TODAY }), 'send'],
    ['reply due, deadline passed: stale (the overdue one speaks)', r({ deadline: '2026-12-01' }), 'stale'],
    ['acknowledgement due, deadline passed', r({ kind: 'acknowledge_soon', deadline: '2026-12-06' }), 'stale'],
    ['step due, deadline passed', r({ kind: 'step_soon', deadline: '2026-12-06' }), 'stale'],
    ['reply overdue, deadline passed', r({ kind: 'respond_missed', deadline: '2026-12-01' }), 'send'],
    ['acknowledgement overdue', r({ kind: 'acknowledge_missed', deadline: '2026-12-01' }), 'send'],
    ['acknowledgement reminder once acknowledged', r({ kind: 'acknowledge_missed', case: kase('acknowledged') }), 'irrelevant'],
    ['reply reminder once acknowledged', r({ case: kase('acknowledged') }), 'send'],
    ['reply reminder once answered', r({ case: kase('responded') }), 'irrelevant'],
    ['closed case', r({ kind: 'step_missed', case: kase('closed') }), 'irrelevant'],
    ['step reminder for an earlier step', r({ kind: 'step_missed', stepIndex: 0, case: kase('open', 1) }), 'irrelevant'],
    ['acknowledgement reminder at a later step (owed once)', r({ kind: 'acknowledge_missed', stepIndex: 0, case: kase('open', 1) }), 'send'],
    ['review due, date ahead', r({ kind: 'review_due', case: null, task: { status: 'open' } }), 'send'],
    ['review due after the review date', r({ kind: 'review_due', deadline: '2026-12-01', case: null, task: { status: 'overdue' } }), 'stale'],
    ['review overdue', r({ kind: 'review_overdue', deadline: '2026-12-01', case: null, task: { status: 'overdue' } }), 'send'],
    ['review done', r({ kind: 'review_overdue', case: null, task: { status: 'completed' } }), 'irrelevant'],
    ['review task gone', r({ kind: 'review_due', case: null, task: null }), 'irrelevant'],
  ];
  test.each(table)('%s', (_name, facts, verdict) => expect(reminderVerdict(facts, TODAY)).toBe(verdict));
});

describe('who a reminder goes to', () => {
  const h = (role_key: string, name: string, deputy = false, email: string | null = `${name.toLowerCase()}@x.example`) => ({ role_key, name, email, deputy });
  const clerks = [{ name: 'Cara Clerk', email: 'clerk@x.example' }];
  test.each([
    ['the principal, not the deputy', ['director'], [h('director', 'Dan'), h('director', 'Dee', true)], ['Dan']],
    ['the deputy where no principal', ['director'], [h('director', 'Dee', true)], ['Dee']],
    ['every role named', ['full_council', 'clerk'], [h('full_council', 'Mayor'), h('clerk', 'Tom')], ['Mayor', 'Tom']],
    ['one message per person holding two of the roles', ['full_council', 'clerk'], [h('full_council', 'Tom'), h('clerk', 'Tom')], ['Tom']],
    ['the clerks where no one holds the role', ['director'], [h('monitoring_officer', 'Mo')], ['Cara Clerk']],
  ] as [string, string[], ReturnType<typeof h>[], string[]][])('%s', (_name, roles, holders, names) => {
    expect(recipientsFor(roles, holders, clerks).map((x) => x.name)).toEqual(names);
  });
  test('a clerk written to instead is told why', () => {
    expect(recipientsFor(['director'], [], clerks)[0]).toMatchObject({ role: 'clerk', title: 'clerk (no director is recorded)', fallback: true });
  });
});
