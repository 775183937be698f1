import { parseRule } from './protocol.schema';

test.each([
  ['role', { key: 'clerk', title: 'Town Clerk', kind: 'officer', clauses: ['2'] }, null],
  ['role', { key: 'archbishop', title: 'x', kind: 'officer' }, 'key'],
  ['role', { key: 'clerk', title: '  ', kind: 'officer' }, 'title'],
  ['role', { key: 'clerk', title: 'Clerk', kind: 'officer', extra: 1 }, ''],
  ['chain', { concern: 'about_clerk', severity: 'any', about: 'clerk', steps: [] }, 'steps'],
  ['chain', { concern: 'about_clerk', severity: 'any', steps: [{ handler: 'chairman', action: 'shout', description: 'x' }] }, 'steps.0.action'],
  ['chain', { concern: 'about_clerk', severity: 'any', steps: [{ handler: 'chairman', action: 'investigate_and_report', description: 'x', workingDays: -1 }] }, 'steps.0.workingDays'],
  ['response_standard', { category: 'ward_matter', handler: 'clerk', acknowledgeWithinDays: 2, respondWithinDays: 10, description: 'Ward' }, null],
  ['response_standard', { category: 'ward_matter', handler: 'clerk', respondWithinDays: 2.5, description: 'Ward' }, 'respondWithinDays'],
  ['access_rule', { classification: 'secret', grants: [], description: 'x' }, 'classification'],
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
