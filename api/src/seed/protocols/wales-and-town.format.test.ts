/**
 * The Wales and town protocols in the format's newer fields (obligations, advice routes, joint and optional
 * handlers, extension terms, joint access grants, correspondence exceptions, amendments): each row names the
 * seed and the clause a fact comes from. The seed texts themselves are not read here.
 */
import { decideAccess } from '../../domain/access-decision';
import { protocolProblems, type ConcernKind, type ProtocolDocument, type RoleKey } from '../../domain/protocol';
import { SECTION_LISTS, SECTIONS, type Sections } from '../../domain/protocol-items';
import { parseRule } from '../../domain/protocol.schema';
import { DEMO_PROTOCOLS } from './index';

/** The seed documents, read from their YAML files as an upload is. */
const { cwmbran, glanmor, kingsford } = DEMO_PROTOCOLS;

const chain = (doc: ProtocolDocument, concern: ConcernKind, about?: RoleKey) => {
  const found = doc.chains.filter((c) => c.concern === concern && c.about === about);
  if (found.length !== 1) throw new Error(`expected one ${concern} chain${about ? ` about ${about}` : ''}, found ${found.length}`);
  return found[0];
};
const role = (doc: ProtocolDocument, key: RoleKey) => {
  const r = doc.roles.find((x) => x.key === key);
  if (!r) throw new Error(`no role ${key}`);
  return r;
};
const rule = (doc: ProtocolDocument, key: string) => doc.correspondenceRules.find((r) => r.key === key);
const advice = (doc: ProtocolDocument, topic: string) => {
  const a = doc.adviceRoutes.find((x) => x.topic === topic);
  if (!a) throw new Error(`no advice route ${topic}`);
  return a;
};
const standard = (doc: ProtocolDocument, category: string) => doc.responseStandards.find((s) => s.category === category);
/** Obligations citing a clause, as [kind, appliesTo]. */
const citing = (doc: ProtocolDocument, clause: string) => doc.obligations.filter((o) => o.clauses.includes(clause)).map((o) => [o.kind, o.appliesTo]);
const countByKind = (doc: ProtocolDocument) =>
  doc.obligations.reduce<Record<string, number>>((n, o) => ({ ...n, [o.kind]: (n[o.kind] ?? 0) + 1 }), {});
/** Every rule of every section that the API's schema for its section would refuse, as "section[i] path: message". */
const schemaFailures = (doc: ProtocolDocument) =>
  SECTIONS.flatMap((section) =>
    (doc[SECTION_LISTS[section]] as Sections[typeof section][]).flatMap((item, i) => {
      const parsed = parseRule(section, item);
      return parsed.ok ? [] : [`${section}[${i}] ${parsed.path}: ${parsed.message}`];
    }),
  );
const kingsfordStaffData = (who: Parameters<typeof decideAccess>[2]) => {
  const d = decideAccess(kingsford.accessRules, 'employee_personal', who);
  return [d.decision, d.decidedBy];
};

const facts: [fact: string, actual: () => unknown, expected: unknown][] = [
  // All three
  ['cwmbran (seed 000): protocolProblems is empty', () => protocolProblems(cwmbran), []],
  ['glanmor (seed 001): protocolProblems is empty', () => protocolProblems(glanmor), []],
  ['kingsford (seed 003): protocolProblems is empty', () => protocolProblems(kingsford), []],
  ['cwmbran (seed 000): every rule fits its section schema', () => schemaFailures(cwmbran), []],
  ['glanmor (seed 001): every rule fits its section schema', () => schemaFailures(glanmor), []],
  ['kingsford (seed 003): every rule fits its section schema', () => schemaFailures(kingsford), []],

  // Cwmbran (seed 000)
  [
    'cwmbran clause 26: an Officer does not copy Member correspondence to others, except the Committee Chair for that area of work',
    () => [rule(cwmbran, 'copy_member_letter_with_notice_or_consent')?.exceptRoles, rule(cwmbran, 'copy_member_letter_with_notice_or_consent')?.clauses],
    [['committee_chair'], ['26']],
  ],
  ['cwmbran clause 30: Ward Members are notified (not copied)', () => [rule(cwmbran, 'ward_members_notified')?.clauses, rule(cwmbran, 'ward_members_copied')], [['30'], undefined]],
  ['cwmbran clause 27: a Member does not copy Member/Officer correspondence to the media', () => rule(cwmbran, 'no_copies_to_media')?.clauses, ['27']],
  ['cwmbran clause 27: Officers other than the Clerk do not contact the Press', () => rule(cwmbran, 'press_contact_through_clerk')?.clauses, ['27']],
  [
    'cwmbran clause 39: the Policy & Finance Committee reviews; amendments are recommended to the Council',
    () => [cwmbran.review.reviewingBody, cwmbran.review.amendedBy, role(cwmbran, 'full_council').title, cwmbran.review.reviewEveryMonths],
    ['policy_committee', 'full_council', 'Council', undefined],
  ],
  ['cwmbran clause 38: the Clerk advises on the interpretation and operation of the Protocol', () => [advice(cwmbran, 'interpretation').advisers, advice(cwmbran, 'interpretation').required, advice(cwmbran, 'interpretation').clauses], [['clerk'], undefined, ['38']]],
  ['cwmbran clause 37: the Policy & Finance Committee oversees joint training and briefings (a duty)', () => citing(cwmbran, '37'), [['duty', ['policy_committee']]]],
  [
    'cwmbran clause 18: three rights besides inspecting documents (which stays an access grant)',
    () => [citing(cwmbran, '18'), cwmbran.accessRules.map((a) => a.grants[0].role)],
    [
      [
        ['right', ['member']],
        ['right', ['member']],
        ['right', ['member']],
      ],
      ['member', 'member'],
    ],
  ],
  [
    'cwmbran clause 19: interests and gifts/hospitality are disclosures, with no register named in the text',
    () => cwmbran.obligations.filter((o) => o.kind === 'disclosure').map((o) => [o.clauses, o.register, o.reportTo]),
    [
      [['19'], undefined, undefined],
      [['19'], undefined, undefined],
    ],
  ],
  [
    "cwmbran clause 19: Members' duties (incl. taking officers' and the Monitoring Officer's advice into account) are obligations, not expectations",
    () => [cwmbran.obligations.filter((o) => o.kind === 'duty' && o.clauses.includes('19')).length, cwmbran.expectations.filter((e) => e.clauses.includes('19')).length],
    [5, 0],
  ],
  [
    'cwmbran clauses 31 and 33: asking for meetings is a right of Members, no longer an expectation',
    () => [citing(cwmbran, '31'), citing(cwmbran, '33'), cwmbran.expectations.filter((e) => e.clauses.includes('31') || e.clauses.includes('33')).length],
    [[['right', ['member']]], [['right', ['member']]], 0],
  ],
  [
    'cwmbran clause 21: the use of information is restricted by obligations, not in the access rule description',
    () => [citing(cwmbran, '21'), cwmbran.accessRules.some((a) => a.clauses.includes('21'))],
    [
      [
        ['restriction', ['member']],
        ['restriction', ['member']],
      ],
      false,
    ],
  ],
  [
    'cwmbran clause 22: protecting the reputation and not leaking to the media bind Members and Officers',
    () => citing(cwmbran, '22'),
    [
      ['duty', ['member', 'officer']],
      ['restriction', ['member', 'officer']],
    ],
  ],
  [
    'cwmbran clause 25: freedom of speech (a right) and what comments to the Press must not do (a restriction)',
    () => citing(cwmbran, '25'),
    [
      ['right', ['member']],
      ['restriction', ['member']],
    ],
  ],
  [
    'cwmbran clause 32: Members not at meetings officers arrange unless invited; officers report the outcomes',
    () => citing(cwmbran, '32'),
    [
      ['restriction', ['member']],
      ['duty', ['officer']],
    ],
  ],
  ['cwmbran clause 29: the ICT security policy binds Members who do not use council IT', () => citing(cwmbran, '29'), [['duty', ['member']]]],
  ['cwmbran clause 15: the text names no step after the Chairman for a complaint about the Clerk', () => chain(cwmbran, 'about_clerk', 'clerk').steps.length, 1],
  ['cwmbran: 24 obligations by kind (clauses 1-3, 18-19, 21-22, 24-25, 29, 31-33, 37)', () => countByKind(cwmbran), { duty: 10, right: 6, restriction: 6, disclosure: 2 }],

  // Glanmor (seed 001)
  [
    'glanmor clause 4.5: on a relationship breakdown, the Chief Executive and the Group Leader jointly consider mediation, with consent of all parties',
    () => {
      const s = chain(glanmor, 'member_about_officer').steps[1];
      return [s.handler, s.jointWith, s.notify, s.preconditions];
    },
    ['chief_executive', ['group_leader'], [], ['relationship_breakdown', 'consent_of_all_parties']],
  ],
  [
    "glanmor clause 4.5: action against an Officer only upon HR Officers' advice",
    () => [advice(glanmor, 'action_against_officer').advisers, advice(glanmor, 'action_against_officer').required, advice(glanmor, 'action_against_officer').clauses, role(glanmor, 'hr_officer').title],
    [['hr_officer'], true, ['4.5'], 'HR Officers'],
  ],
  [
    'glanmor clauses 4.7-4.8: the Director is told; the Group Leader only if the Member has one',
    () => {
      const s = chain(glanmor, 'officer_about_member').steps[0];
      return [s.notify, s.mayNotify, s.clauses];
    },
    [['director'], ['group_leader'], ['4.7', '4.8']],
  ],
  [
    'glanmor clause 4.9: the Political Group Leaders and the Chief Executive mediate together',
    () => {
      const s = chain(glanmor, 'officer_about_member').steps[1];
      return [s.handler, s.jointWith, s.notify, s.preconditions];
    },
    ['chief_executive', ['group_leader'], [], ['unresolved_at_previous_step']],
  ],
  ['glanmor clauses 4.9-4.10: both parties are to discuss and engage with mediation (a duty on them)', () => citing(glanmor, '4.10'), [['duty', ['member', 'officer']]]],
  [
    'glanmor clause 4.11: the Monitoring Officer consults the Chief Executive, then the Corporate Directors Group',
    () => {
      const s = chain(glanmor, 'officer_about_member').steps[2];
      return [s.consult, s.notify, role(glanmor, 'corporate_management_team').title, role(glanmor, 'director').clauses.includes('4.11')];
    },
    [['chief_executive', 'corporate_management_team'], [], 'Corporate Directors Group', false],
  ],
  [
    'glanmor clause 6.2: a refused information request is its own concern; the Chief Executive discusses it with the Group Leader(s)',
    () => [chain(glanmor, 'information_request_refused').steps[1].consult, chain(glanmor, 'information_request_refused').steps[1].notify, glanmor.chains.some((c) => c.concern === 'need_to_know_dispute')],
    [['group_leader'], [], false],
  ],
  [
    'glanmor clause 7.2: a report content issue goes to the Chief Executive, resolved with the Leader of the Council',
    () => chain(glanmor, 'report_content_dispute').steps.map((s) => [s.handler, s.jointWith, s.action, s.clauses]),
    [['chief_executive', ['leader'], 'decision', ['7.2']]],
  ],
  [
    'glanmor clause 6.3: information requests owe early notice of an appreciable delay and an explaining acknowledgement',
    () => [standard(glanmor, 'information_request')?.extension?.terms, standard(glanmor, 'information_request')?.respondWithinDays],
    [['early_notice', 'explanation'], undefined],
  ],
  ['glanmor clause 6.3: correspondence not answered in full in five days gets an acknowledgement that explains', () => standard(glanmor, 'general_correspondence')?.extension?.terms, ['explanation']],
  ['glanmor clause 6.3: the delay notice is no longer squeezed into an expectation', () => glanmor.expectations.filter((e) => /delay/.test(e.text)).length, 0],
  [
    'glanmor clause 7.4: advice from relevant Officers before a delegated decision, and the Monitoring Officer where vires is in doubt',
    () => glanmor.adviceRoutes.filter((a) => a.clauses.includes('7.4')).map((a) => [a.topic, a.advisers, a.required]),
    [
      ['delegated_decision', ['officer'], true],
      ['vires', ['monitoring_officer'], true],
    ],
  ],
  ['glanmor clause 9.4.3: in doubt on publicity, consult the Chief Executive or Monitoring Officer', () => [advice(glanmor, 'publicity').advisers, advice(glanmor, 'publicity').required], [['chief_executive', 'monitoring_officer'], undefined]],
  ['glanmor clause 9.3.4: a Member unsure about a media issue contacts the head of service or director', () => [advice(glanmor, 'media').advisers, advice(glanmor, 'media').clauses], [['head_of_service', 'director'], ['9.3.4']]],
  ['glanmor clause 8.4: a Member unsure whether information is confidential asks the relevant Officer', () => [advice(glanmor, 'whether_information_is_confidential').advisers, citing(glanmor, '8.4')], [['officer'], [['duty', ['member']]]]],
  [
    'glanmor clause 6.6: the Cabinet Member or Committee Chair is advised of information given to a Member',
    () => glanmor.obligations.filter((o) => o.clauses.includes('6.6')).map((o) => [o.kind, o.appliesTo, o.reportTo]),
    [['duty', ['officer'], ['cabinet_member', 'committee_chair']]],
  ],
  ['glanmor clause 7.3: the Cabinet remains accountable to the Council for delegated functions', () => citing(glanmor, '7.3'), [['duty', ['executive']]]],
  [
    // Format 2: the posts are not named, so a role of the council's own stands for their holders.
    'glanmor clauses 10.1.1-10.1.5: five restrictions on politically restricted posts, held by a role of the council\'s own',
    () => [glanmor.obligations.filter((o) => o.clauses[0] === '10.1').map((o) => [o.kind, o.appliesTo, o.clauses[1]]), glanmor.roles.filter((r) => r.politicallyRestricted).map((r) => r.key)],
    [
      [
        ['restriction', ['politically_restricted_officer'], '10.1.1'],
        ['restriction', ['politically_restricted_officer'], '10.1.2'],
        ['restriction', ['politically_restricted_officer'], '10.1.3'],
        ['restriction', ['politically_restricted_officer'], '10.1.4'],
        ['restriction', ['politically_restricted_officer'], '10.1.5'],
      ],
      ['politically_restricted_officer'],
    ],
  ],
  [
    'glanmor clause 9.1: support services are restricted to Council business (an obligation, not a correspondence rule)',
    () => [citing(glanmor, '9.1'), rule(glanmor, 'political_correspondence_not_on_council_resources')],
    [[['restriction', ['member']]], undefined],
  ],
  ['glanmor clauses 8.1 and 8.5: confidentiality and use restrictions on Members', () => [citing(glanmor, '8.1'), citing(glanmor, '8.5')], [[['restriction', ['member']]], [['restriction', ['member']]]]],
  ['glanmor clause 8.2: the confidential access rule keeps only how papers are classified (8.4, 8.5 moved)', () => glanmor.accessRules.find((a) => a.classification === 'confidential')?.clauses, ['6.2', '6.4', '8.2']],
  ['glanmor: 21 obligations by kind (clauses 4.9-4.10, 5.2.1.4, 6.2, 6.5-6.6, 7.3, 8.1, 8.4-8.5, 9.1, 9.3.1, 9.4.3, 10.1)', () => countByKind(glanmor), { duty: 9, right: 2, restriction: 10 }],

  // Kingsford (seed 003)
  [
    "kingsford clause 10: staff data needs both Personnel Committee membership and the line manager's collaboration",
    () => kingsford.accessRules.find((a) => a.classification === 'employee_personal')?.grants.map(({ kind, role: r, committee, alsoRequires }) => ({ kind, role: r, committee, alsoRequires })),
    [
      {
        kind: 'committee_member',
        role: undefined,
        committee: 'personnel_committee',
        alsoRequires: [{ kind: 'need_to_know', decidedBy: 'line_manager', condition: 'in collaboration with the Officer’s line manager' }],
      },
    ],
  ],
  ['kingsford clause 10: a Personnel Committee member still awaits the line manager', () => kingsfordStaffData({ role: 'member', committeeMember: true }), ['needs_decision', 'line_manager']],
  ['kingsford clause 10: with the line manager, a Personnel Committee member is allowed', () => kingsfordStaffData({ role: 'member', committeeMember: true, needToKnow: true }), ['allowed', null]],
  ['kingsford clause 10: not on the Personnel Committee, refused whatever the line manager says', () => kingsfordStaffData({ role: 'member', needToKnow: true }), ['refused', null]],
  [
    'kingsford clause 22: confidential information never disclosed or used for advantage (a restriction), out of the access rule description',
    () => [citing(kingsford, '22'), /advantage/.test(kingsford.accessRules.find((a) => a.classification === 'confidential')?.description ?? '')],
    [[['restriction', ['member', 'officer']]], false],
  ],
  [
    'kingsford clause 23: employees may refuse party group demands (a right) and take no instructions from an individual Councillor (a restriction)',
    () => [citing(kingsford, '23'), kingsford.expectations.filter((e) => e.clauses.length === 1 && e.clauses[0] === '23').length],
    [
      [
        ['right', ['clerk', 'officer']],
        ['restriction', ['clerk', 'officer']],
      ],
      0,
    ],
  ],
  ['kingsford clause 17: the rules for committee business bind Members and Officers', () => citing(kingsford, '17'), [['duty', ['member', 'officer']]]],
  ["kingsford clause 3: Councillors' four areas of responsibility", () => citing(kingsford, '3'), [['duty', ['member']]]],
  // Format 2: the unnamed postholders are a role of the council's own, tagged as officers and marked restricted.
  ['kingsford clause 18: politically restricted postholders (not named: a role of the council\'s own)', () => [citing(kingsford, '18'), kingsford.roles.filter((r) => r.politicallyRestricted).map((r) => [r.key, r.builtIn])], [[['restriction', ['politically_restricted_officer']]], [['politically_restricted_officer', 'officer']]]],
  [
    'kingsford clauses 24-25: the officer procedure has no relationship_breakdown precondition ("break down or become strained")',
    () => chain(kingsford, 'officer_about_member').steps[0].preconditions,
    [],
  ],
  ['kingsford clause 25: NALC / SLCC advice stays a chain step, so there are no separate advice routes', () => [kingsford.adviceRoutes, chain(kingsford, 'officer_about_member').steps[1].handler], [[], 'nalc']],
  ['kingsford adoption: no amending body or amendments in the text', () => [kingsford.review.amendedBy, kingsford.review.amendments], [undefined, undefined]],
  ['kingsford: 6 obligations by kind (clauses 3, 17, 18, 22, 23)', () => countByKind(kingsford), { duty: 2, restriction: 3, right: 1 }],
];

describe('Wales and town protocols: the newer format fields, fact by fact', () => {
  test.each(facts)('%s', (_fact, actual, expected) => {
    expect(actual()).toEqual(expected);
  });
});
