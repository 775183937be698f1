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

// Roles that are kinds of other roles (api/src/domain/roles.ts): what "all Members" may see, the Chairman,
// a Cabinet member, the Leader and a ward member may see (Cwmbran 18, 20; Kingsford 22; Eastvale 11.5).
const memberRules: AccessRule[] = [
  { classification: 'public', description: 'All Members', grants: [{ kind: 'role', role: 'member' }], clauses: ['11.5'] },
  { classification: 'confidential', description: 'Members', grants: [{ kind: 'role', role: 'member', condition: 'for council business' }], clauses: ['18'] },
  { classification: 'employee_personal', description: 'Officers', grants: [{ kind: 'role', role: 'officer' }], clauses: ['30'] },
];

test.each<[string, Classification, AccessRequester, string, string | null]>([
  ['a Member', 'confidential', { role: 'member' }, 'allowed', null],
  ['the Chairman is a Member', 'confidential', { role: 'chairman' }, 'allowed', 'member'],
  ['the Vice-Chairman is a Member', 'public', { role: 'vice_chairman' }, 'allowed', 'member'],
  ['a Cabinet member (portfolio holder) is a Member', 'public', { role: 'cabinet_member' }, 'allowed', 'member'],
  ['the Leader is a Cabinet member and so a Member', 'confidential', { role: 'leader' }, 'allowed', 'member'],
  ['a ward member is a Member', 'confidential', { role: 'ward_member' }, 'allowed', 'member'],
  ['the Deputy Clerk is an officer', 'employee_personal', { role: 'deputy_clerk' }, 'allowed', 'officer'],
  ['an officer is not a Member', 'confidential', { role: 'officer' }, 'refused', null],
  ['the Ombudsman is neither', 'confidential', { role: 'ombudsman' }, 'refused', null],
  ['a Member is not an officer', 'employee_personal', { role: 'chairman' }, 'refused', null],
])('kinds of role: %s', (_name, classification, who, decision, through) => {
  const d = decideAccess(memberRules, classification, who);
  expect([d.decision, d.through]).toEqual([decision, through]);
  // With its article: "a chairman is a member", "a deputy clerk is an officer".
  if (through) expect(d.reason).toContain(`is ${/^[aeiou]/.test(through) ? 'an' : 'a'} ${through})`);
});

test("a role the protocol lists as a member counts as a Member, whatever its key", () => {
  // A committee chair's key is a member already; a co-opted member is not one unless the protocol says so.
  expect(decideAccess(memberRules, 'confidential', { role: 'co_opted_member' }).decision).toBe('refused');
  const roles = [{ key: 'co_opted_member' as const, kind: 'member' as const }];
  const d = decideAccess(memberRules, 'confidential', { role: 'co_opted_member' }, roles);
  expect([d.decision, d.through]).toEqual(['allowed', 'member']);
});

test('silence is not a refusal: a classification the protocol says nothing about is NOT_COVERED', () => {
  const d = decideAccess(memberRules, 'exempt', { role: 'member' });
  expect(d.decision).toBe('not_covered');
  expect(d.reason).toBe('The protocol says nothing about access to exempt information');
  // Public information with no rule stays allowed.
  expect(decideAccess([], 'public', { role: 'member' }).decision).toBe('allowed');
});
