import { escalationRoute, findChain } from './escalation';
import type { EscalationChain, EscalationStep, Role } from './protocol';

const step = (handler: EscalationStep['handler'], extra: Partial<EscalationStep> = {}): EscalationStep => ({
  handler,
  action: 'investigate_and_report',
  description: `${handler} looks into it`,
  notify: [],
  preconditions: [],
  clauses: ['1'],
  ...extra,
});

const chains: EscalationChain[] = [
  {
    concern: 'member_about_officer',
    severity: 'any',
    steps: [
      step('line_manager', { action: 'informal_discussion' }),
      step('head_of_service'),
      step('director', { action: 'mediation', preconditions: ['consent_of_all_parties'] }),
      step('chief_executive', { alternatives: ['monitoring_officer'] }),
      step('monitoring_officer', { preconditions: ['serious_only'], notify: ['group_leader'] }),
    ],
    seriousStartsAt: 3,
    externalBody: 'ombudsman',
    clauses: ['9'],
  },
  {
    concern: 'member_about_officer',
    severity: 'any',
    about: 'clerk',
    steps: [step('clerk', { alternatives: ['chairman'] }), step('full_council')],
    clauses: ['12'],
  },
  { concern: 'about_clerk', severity: 'any', about: 'clerk', steps: [step('chairman'), step('full_council')], clauses: ['15'] },
  { concern: 'enquiry_late', severity: 'any', steps: [step('clerk')], clauses: ['100'] },
  { concern: 'enquiry_late', severity: 'any', category: 'ward_matter', steps: [step('head_of_service')], clauses: ['106'] },
  { concern: 'officer_about_member', severity: 'minor', steps: [step('group_leader')], clauses: [] },
  { concern: 'officer_about_member', severity: 'serious', steps: [step('monitoring_officer')], clauses: [] },
];

test.each([
  ['general chain when the subject has none of its own', { concern: 'member_about_officer', severity: 'any', about: 'officer' }, 9],
  ['the chain about the Clerk', { concern: 'member_about_officer', severity: 'any', about: 'clerk' }, 12],
  ['severity-specific chain', { concern: 'officer_about_member', severity: 'serious' }, 'monitoring_officer'],
  ['minor chain', { concern: 'officer_about_member', severity: 'minor' }, 'group_leader'],
  ['no chain for an unknown concern', { concern: 'confidentiality_breach', severity: 'any' }, null],
  ['no severity-any fallback when only minor/serious chains exist', { concern: 'officer_about_member', severity: 'any' }, null],
  // A concern about the Clerk finds the chain kept for the Clerk whether or not the asker says `about` (Cwmbran clause 15).
  ['a chain kept for the Clerk, asked without about', { concern: 'about_clerk', severity: 'any' }, 15],
  ['a chain kept for the Clerk, asked with about', { concern: 'about_clerk', severity: 'any', about: 'clerk' }, 15],
  ['not a chain kept for another role', { concern: 'about_clerk', severity: 'any', about: 'deputy_clerk' }, null],
  ['the general chain wins over one kept for a role when about is not said', { concern: 'member_about_officer', severity: 'any' }, 9],
  // A late-enquiry chain kept for one category (Ashbury clause 106) is reached by asking with that category.
  ['a category chain, asked with its category', { concern: 'enquiry_late', severity: 'any', category: 'ward_matter' }, 106],
  ['the general late-enquiry chain for another category', { concern: 'enquiry_late', severity: 'any', category: 'policy_matter' }, 100],
  ['the general late-enquiry chain without a category', { concern: 'enquiry_late', severity: 'any' }, 100],
] as const)('findChain: %s', (_n, q, expected) => {
  const chain = findChain(chains, q as any);
  if (expected === null) expect(chain).toBeNull();
  else if (typeof expected === 'number') expect(chain!.clauses).toEqual([String(expected)]);
  else expect(chain!.steps[0].handler).toBe(expected);
});

test('a complaint about the Clerk goes to the Chairman, not the Clerk', () => {
  const route = escalationRoute(chains, { concern: 'member_about_officer', severity: 'any', about: 'clerk' })!;
  expect(route.steps.map((s) => [s.handler, s.skipped])).toEqual([
    ['chairman', null],
    ['full_council', null],
  ]);
});

test('the subject of a chain kept for a role is that role, even when the asker does not say so', () => {
  const asked = escalationRoute(chains, { concern: 'member_about_officer', severity: 'any', about: 'clerk' })!;
  expect(asked.steps[0]).toMatchObject({ handler: 'chairman', skipped: null });
  const clerkChain = { ...chains[1], concern: 'about_clerk' as const };
  const unsaid = escalationRoute([clerkChain], { concern: 'about_clerk', severity: 'any' })!;
  expect(unsaid.steps.map((s) => s.handler)).toEqual(['chairman', 'full_council']);
});

test('a serious matter starts at the later step; a minor one skips serious-only steps', () => {
  const serious = escalationRoute(chains, { concern: 'member_about_officer', severity: 'serious' })!;
  expect(serious.steps.filter((s) => !s.skipped).map((s) => s.handler)).toEqual(['chief_executive', 'monitoring_officer']);
  expect(serious.steps.slice(0, 3).every((s) => s.skipped === 'serious_starts_later')).toBe(true);
  const minor = escalationRoute(chains, { concern: 'member_about_officer', severity: 'minor' })!;
  expect(minor.steps.filter((s) => !s.skipped).map((s) => s.handler)).toEqual(['line_manager', 'head_of_service', 'director', 'chief_executive']);
  expect(minor.steps[4].skipped).toBe('serious_only');
});

test('a handler who is the subject, with no alternative, is skipped', () => {
  const route = escalationRoute(chains, { concern: 'member_about_officer', severity: 'any', about: 'head_of_service' })!;
  expect(route.steps[1]).toMatchObject({ handler: null, skipped: 'handler_is_subject' });
  const ce = escalationRoute(chains, { concern: 'member_about_officer', severity: 'any', about: 'chief_executive' })!;
  expect(ce.steps[3]).toMatchObject({ handler: 'monitoring_officer', skipped: null });
});

test('a step taken with the person concerned first keeps its handler when the concern is about them (Kingsford 26)', () => {
  const kingsford: EscalationChain = {
    concern: 'about_clerk',
    severity: 'any',
    about: 'clerk',
    steps: [step('clerk', { action: 'informal_discussion', withSubjectFirst: true }), step('full_council', { action: 'disciplinary_procedure' })],
    clauses: ['26'],
  };
  const route = escalationRoute([kingsford], { concern: 'about_clerk', severity: 'any' })!;
  expect(route.steps.map((s) => [s.handler, s.skipped])).toEqual([
    ['clerk', null],
    ['full_council', null],
  ]);
  // Without the mark the default stays: the subject is skipped, with the reason shown.
  const plain = { ...kingsford, steps: [step('clerk'), kingsford.steps[1]!] };
  expect(escalationRoute([plain], { concern: 'about_clerk', severity: 'any' })!.steps[0]).toMatchObject({ handler: null, skipped: 'handler_is_subject' });
});

test.each([
  // [about, first handler]: Eastvale 3.2 "direct discussion with the employee concerned", named as 'officer'.
  ['officer', 'officer'],
  ['head_of_service', 'head_of_service'],
  ['deputy_clerk', 'deputy_clerk'],
  // Someone who is not an officer: the step keeps its general handler.
  ['chairman', 'officer'],
  [undefined, 'officer'],
] as const)('a first step with "the employee concerned" is taken with the officer the concern is about (%s)', (about, first) => {
  const eastvale: EscalationChain = {
    concern: 'member_about_officer',
    severity: 'any',
    steps: [step('officer', { action: 'informal_discussion', withSubjectFirst: true }), step('head_of_service'), step('chief_executive')],
    clauses: ['3.2'],
  };
  const route = escalationRoute([eastvale], { concern: 'member_about_officer', severity: 'any', about })!;
  expect(route.steps[0]).toMatchObject({ handler: first, skipped: null });
  // The Executive Head the concern is about does not take the next step: they are the subject.
  if (about === 'head_of_service') expect(route.steps[1]).toMatchObject({ handler: null, skipped: 'handler_is_subject' });
});

// Issue 12 point 11: the subject never hears of it through a route, and a handler the protocol places
// under the subject is flagged.
describe('the subject never hears of it', () => {
  const roles: Pick<Role, 'key' | 'title' | 'reportsTo'>[] = [
    { key: 'chief_executive' as const, title: 'Chief Executive' },
    { key: 'director' as const, title: 'Strategic Director', reportsTo: 'chief_executive' as const },
    { key: 'head_of_service' as const, title: 'Head of Service', reportsTo: 'director' as const },
    { key: 'monitoring_officer' as const, title: 'Monitoring Officer' },
    { key: 'leader' as const, title: 'Leader of the Council' },
    { key: 'full_council' as const, title: 'Council' },
  ];
  const aboutChiefExecutive: EscalationChain = {
    concern: 'about_head_of_paid_service',
    severity: 'any',
    about: 'chief_executive',
    steps: [
      step('head_of_service', { notify: ['chief_executive', 'leader'], consult: ['monitoring_officer'] }),
      step('director', { mayNotify: ['chief_executive'], consult: ['chief_executive', 'monitoring_officer'] }),
      step('monitoring_officer', { notify: ['leader'] }),
      step('full_council', { notify: ['chief_executive'], mayNotify: ['chief_executive'] }),
    ],
    clauses: ['20'],
  };

  test.each<[string, number, string[], string[], string[], string[]]>([
    ['removed from Tell, the others kept', 0, ['leader'], [], ['monitoring_officer'], ['The Chief Executive is not told: the concern is about them.']],
    ['removed from May tell and Consult', 1, [], [], ['monitoring_officer'], ['The Chief Executive is not told or consulted: the concern is about them.']],
    ['a step that never named them has no note', 2, ['leader'], [], [], []],
    ['removed from Tell and May tell: one note', 3, [], [], [], ['The Chief Executive is not told: the concern is about them.']],
  ])('step %#: %s', (_what, index, notify, mayNotify, consult, notes) => {
    const route = escalationRoute([aboutChiefExecutive], { concern: 'about_head_of_paid_service', severity: 'serious' }, roles)!;
    const s = route.steps[index];
    expect([s.notify, s.mayNotify, s.consult, s.notes]).toEqual([notify, mayNotify, consult, notes]);
    expect(s.withheld.length).toBe(notes.length);
    // The step as the protocol wrote it is left as it is.
    expect(s.step).toBe(aboutChiefExecutive.steps[index]);
  });

  test('which lists the subject was left out of', () => {
    const route = escalationRoute([aboutChiefExecutive], { concern: 'about_head_of_paid_service', severity: 'any' }, roles)!;
    expect(route.subject).toBe('chief_executive');
    expect(route.steps.map((s) => s.withheld)).toEqual([
      [{ role: 'chief_executive', from: ['notify'] }],
      [{ role: 'chief_executive', from: ['mayNotify', 'consult'] }],
      [],
      [{ role: 'chief_executive', from: ['notify', 'mayNotify'] }],
    ]);
  });

  test('handlers who report to the subject, directly or through others, are flagged', () => {
    const route = escalationRoute([aboutChiefExecutive], { concern: 'about_head_of_paid_service', severity: 'serious' }, roles)!;
    expect(route.warnings).toEqual([
      {
        kind: 'handler_reports_to_subject',
        step: 0,
        handler: 'head_of_service',
        subject: 'chief_executive',
        message: 'Step 1: The Head of Service reports to the Chief Executive (through the Strategic Director), whom the concern is about.',
      },
      { kind: 'handler_reports_to_subject', step: 1, handler: 'director', subject: 'chief_executive', message: 'Step 2: The Strategic Director reports to the Chief Executive, whom the concern is about.' },
    ]);
  });

  test.each<[string, Parameters<typeof escalationRoute>[1], typeof roles, number]>([
    ['no warnings when the protocol does not say who reports to whom', { concern: 'about_head_of_paid_service', severity: 'any' }, roles.map(({ key, title }) => ({ key, title })), 0],
    ['no warnings without the roles', { concern: 'about_head_of_paid_service', severity: 'any' }, [], 0],
    ['a concern about someone else: the Head of Service reports to the Director, who is not the subject', { concern: 'about_head_of_paid_service', severity: 'any', about: 'leader' }, roles, 0],
    ['a concern about the Director flags the Head of Service only', { concern: 'about_head_of_paid_service', severity: 'any', about: 'director' }, roles, 1],
  ])('%s', (_what, q, r, n) => {
    // A chain kept for the Chief Executive is found only when asked about them or without about: use a general copy.
    const general = { ...aboutChiefExecutive, about: undefined };
    expect(escalationRoute([general], q, r)!.warnings).toHaveLength(n);
  });

  test('without a subject nothing is removed', () => {
    const general = { ...aboutChiefExecutive, about: undefined };
    const route = escalationRoute([general], { concern: 'about_head_of_paid_service', severity: 'any' }, roles)!;
    expect(route.subject).toBeNull();
    expect(route.steps[0].notify).toEqual(['chief_executive', 'leader']);
    expect(route.steps.every((s) => s.notes.length === 0)).toBe(true);
  });

  test('a step skipped because the subject handles it still leaves them out of its lists', () => {
    const chain: EscalationChain = { ...aboutChiefExecutive, steps: [step('chief_executive', { notify: ['chief_executive', 'leader'] }), step('leader')] };
    const route = escalationRoute([chain], { concern: 'about_head_of_paid_service', severity: 'any' }, roles)!;
    expect(route.steps[0]).toMatchObject({ handler: null, skipped: 'handler_is_subject', notify: ['leader'] });
  });
});
