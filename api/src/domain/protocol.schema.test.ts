import { parseRule } from './protocol.schema';

test.each([
  ['role', { key: 'clerk', title: 'Town Clerk', kind: 'officer', clauses: ['2'] }, null],
  // Format v2: a council's own key is fine in shape (protocolProblems checks it is defined); a key with spaces is not.
  ['role', { key: 'archbishop', title: 'x', kind: 'officer' }, null],
  ['role', { key: 'Arch bishop', title: 'x', kind: 'officer' }, 'key'],
  ['role', { key: 'clerk', title: '  ', kind: 'officer' }, 'title'],
  ['role', { key: 'clerk', title: 'Clerk', kind: 'officer', extra: 1 }, ''],
  ['chain', { concern: 'about_clerk', severity: 'any', about: 'clerk', steps: [] }, 'steps'],
  ['chain', { concern: 'about_clerk', severity: 'any', steps: [{ handler: 'chairman', action: 'shout', description: 'x' }] }, 'steps.0.action'],
  ['chain', { concern: 'about_clerk', severity: 'any', steps: [{ handler: 'chairman', action: 'investigate_and_report', description: 'x', workingDays: -1 }] }, 'steps.0.workingDays'],
  ['response_standard', { category: 'ward_matter', handler: 'clerk', acknowledgeWithinDays: 2, respondWithinDays: 10, description: 'Ward' }, null],
  ['response_standard', { category: 'ward_matter', handler: 'clerk', respondWithinDays: 2.5, description: 'Ward' }, 'respondWithinDays'],
  ['response_standard', { category: 'ward_matter', handler: 'clerk', respondWithinDays: 48, unit: 'hours', receiptOnNonWorkingDay: 'next_working_day', cutOff: '16:00', description: 'Ward' }, null],
  ['response_standard', { category: 'ward_matter', handler: 'clerk', respondWithinDays: 2, unit: 'weeks', description: 'Ward' }, 'unit'],
  ['response_standard', { category: 'ward_matter', handler: 'clerk', respondWithinDays: 2, receiptOnNonWorkingDay: 'ICO reading', description: 'Ward' }, 'receiptOnNonWorkingDay'],
  ['response_standard', { category: 'ward_matter', handler: 'clerk', respondWithinDays: 2, cutOff: '4pm', description: 'Ward' }, 'cutOff'],
  ['response_standard', { category: 'ward_matter', handler: 'clerk', urgent: { respondWithinDays: 24, unit: 'hours', description: 'Urgent' }, description: 'Ward' }, null],
  ['role', { key: 'director', title: 'Director', kind: 'officer', reportsTo: 'chief_executive' }, null],
  ['role', { key: 'director', title: 'Director', kind: 'officer', reportsTo: 'the boss' }, 'reportsTo'],
  ['access_rule', { classification: 'secret', grants: [], description: 'x' }, 'classification'],
  ['access_rule', { classification: 'exempt', grants: [{ kind: 'committee_member', committee: 'personnel_committee', alsoRequires: [{ kind: 'need_to_know', decidedBy: 'line_manager' }] }], description: 'x' }, null],
  ['access_rule', { classification: 'exempt', grants: [{ kind: 'anyone', approvedBy: [] }], description: 'x' }, 'grants.0.approvedBy'],
  ['access_rule', { classification: 'exempt', grants: [{ kind: 'anyone', alsoRequires: [{ kind: 'anyone', approvedBy: ['clerk'] }] }], description: 'x' }, 'grants.0.alsoRequires.0'],
  ['obligation', { kind: 'disclosure', appliesTo: ['member'], text: 'Declare close relationships', reportTo: ['monitoring_officer'], register: 'Register of Members\' Interests', clauses: ['6.2'] }, null],
  ['obligation', { kind: 'duty', appliesTo: [], text: 'x' }, 'appliesTo'],
  ['obligation', { kind: 'wish', appliesTo: ['member'], text: 'x' }, 'kind'],
  ['advice_route', { topic: 'interpretation', description: 'Ask the Monitoring Officer', advisers: ['monitoring_officer'] }, null],
  ['advice_route', { topic: 'Interpretation of this', description: 'x', advisers: ['monitoring_officer'] }, 'topic'],
  ['response_standard', { category: 'complaint', handler: 'monitoring_officer', description: 'x', alternatives: [{ handler: 'chief_executive', when: 'instead' }], extension: { terms: ['time_estimate', 'explanation'], description: 'estimate' } }, null],
  ['response_standard', { category: 'complaint', handler: 'clerk', description: 'x', extension: { terms: ['sorry'], description: 'x' } }, 'extension.terms.0'],
  ['chain', { concern: 'interpretation', severity: 'any', entryPoints: [{ step: 0, when: '' }], steps: [{ handler: 'monitoring_officer', action: 'advice', description: 'x' }] }, 'entryPoints.0.when'],
] as const)('%s %j → %s', (section, input, badPath) => {
  const r = parseRule(section, input);
  if (badPath === null) expect(r.ok).toBe(true);
  else {
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.path).toBe(badPath);
  }
});

test('defaults: notify, preconditions and clauses become empty lists', () => {
  const r = parseRule('chain', { concern: 'about_clerk', severity: 'any', steps: [{ handler: 'chairman', action: 'investigate_and_report', description: 'x' }] });
  expect(r.ok && r.value.steps[0]).toEqual({ handler: 'chairman', action: 'investigate_and_report', description: 'x', notify: [], preconditions: [], clauses: [] });
});
