import { escalationRoute, findChain } from './escalation';
import type { EscalationChain, EscalationStep } from './protocol';

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
