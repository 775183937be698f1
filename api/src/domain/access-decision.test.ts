import { decideAccess, type AccessRequester } from './access-decision';
import type { AccessRule, Classification } from './protocol';

const rules: AccessRule[] = [
  {
    classification: 'confidential',
    description: 'Committee papers and need to know',
    grants: [
      { kind: 'committee_member' },
      { kind: 'overview_scrutiny' },
      { kind: 'need_to_know', decidedBy: 'monitoring_officer' },
    ],
    clauses: ['112', '114'],
  },
  { classification: 'party_group', description: 'Group papers', grants: [{ kind: 'party_group_member' }], clauses: ['90'] },
  { classification: 'employee_personal', description: 'Staff records', grants: [{ kind: 'role', role: 'chief_executive' }], clauses: ['10'] },
];

test.each<[string, Classification, AccessRequester, string, string | null]>([
  ['committee member sees confidential papers', 'confidential', { role: 'member', committeeMember: true }, 'allowed', null],
  ['scrutiny member sees them', 'confidential', { role: 'member', overviewScrutiny: true }, 'allowed', null],
  ['other member: needs a need-to-know decision', 'confidential', { role: 'member' }, 'needs_decision', 'monitoring_officer'],
  ['need to know established', 'confidential', { role: 'member', needToKnow: true }, 'allowed', 'monitoring_officer'],
  ['need to know refused', 'confidential', { role: 'member', needToKnow: false }, 'refused', null],
  ['group papers to the group', 'party_group', { role: 'member', partyGroupMember: true }, 'allowed', null],
  ['group papers not to another group', 'party_group', { role: 'member', partyGroupMember: false }, 'refused', null],
  ['staff records to the Chief Executive', 'employee_personal', { role: 'chief_executive' }, 'allowed', null],
  ['staff records not to a member', 'employee_personal', { role: 'member', committeeMember: true }, 'refused', null],
  ['public with no rule', 'public', { role: 'member' }, 'allowed', null],
  ['exempt with no rule: refused', 'exempt', { role: 'leader' }, 'refused', null],
])('%s', (_name, classification, who, decision, decidedBy) => {
  const d = decideAccess(rules, classification, who);
  expect(d.decision).toBe(decision);
  expect(d.decidedBy).toBe(decidedBy);
  expect(d.reason.length).toBeGreaterThan(10);
});
