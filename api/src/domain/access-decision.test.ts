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
  // Kingsford 15-16: a Personnel Committee member, and only in collaboration with the line manager (a need to know they decide).
  {
    classification: 'exempt',
    description: 'Staff matters',
    grants: [{ kind: 'committee_member', committee: 'personnel_committee', alsoRequires: [{ kind: 'need_to_know', decidedBy: 'line_manager' }] }],
    clauses: ['15'],
  },
  // Eastvale 13.4: commercially sensitive information, released only once the Service Manager or Executive Head agrees.
  {
    classification: 'commercially_sensitive',
    description: 'Check before release',
    grants: [{ kind: 'need_to_know', decidedBy: 'service_manager', approvedBy: ['service_manager', 'director'], condition: 'when undertaking Council business' }],
    clauses: ['13.4'],
  },
  // Eastvale 13.6: drafts to the administration's group, not to other groups.
  { classification: 'draft_report', description: 'Drafts', grants: [{ kind: 'administration_group' }, { kind: 'role', role: 'chief_executive', approvedBy: ['monitoring_officer'] }, { kind: 'role', role: 'chief_executive' }], clauses: ['13.6'] },
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
  ['committee member with the line manager agreeing', 'exempt', { role: 'member', committeeMember: true, needToKnow: true }, 'allowed', null],
  ['committee member, line manager not asked yet', 'exempt', { role: 'member', committeeMember: true }, 'needs_decision', 'line_manager'],
  ['committee member, line manager refused', 'exempt', { role: 'member', committeeMember: true, needToKnow: false }, 'refused', null],
  ['not on the committee, whatever the line manager says', 'exempt', { role: 'member', needToKnow: true }, 'refused', null],
  ['commercially sensitive with a need to know: once approved', 'commercially_sensitive', { role: 'member', needToKnow: true }, 'needs_approval', 'service_manager'],
  ['commercially sensitive, no need to know', 'commercially_sensitive', { role: 'member', needToKnow: false }, 'refused', null],
  ['draft to the administration group', 'draft_report', { role: 'member', administrationGroup: true }, 'allowed', null],
  ['draft not to another group', 'draft_report', { role: 'member', administrationGroup: false, partyGroupMember: true }, 'refused', null],
  ['a ground with no approval wins over one that needs it', 'draft_report', { role: 'chief_executive' }, 'allowed', null],
])('%s', (_name, classification, who, decision, decidedBy) => {
  const d = decideAccess(rules, classification, who);
  expect(d.decision).toBe(decision);
  expect(d.decidedBy).toBe(decidedBy);
  expect(d.reason.length).toBeGreaterThan(10);
});

test('an approval names every approver and the condition in its reason', () => {
  const d = decideAccess(rules, 'commercially_sensitive', { role: 'member', needToKnow: true });
  expect(d.approvers).toEqual(['service_manager', 'director']);
  expect(d.reason).toMatch(/service manager or director/);
  expect(d.reason).toMatch(/when undertaking Council business/);
});
