import { protocolProblems, type AccessGrant, type Classification, type ConcernKind, type ObligationKind, type RoleKey } from '../../domain/protocol';
import { DEMO_PROTOCOLS } from './index';

/** The seed documents, read from their YAML files as an upload is. */
const { eastvale } = DEMO_PROTOCOLS;

/**
 * Eastvale District Council (seed 004): the facts encoded with the format's newer
 * fields (entry points, may-notify / consult / joint handlers, alternative handlers,
 * approval before release, conditions, the administration group, obligations and
 * advice routes). Each row names the clause it comes from.
 */

const clause = (number: string) => {
  const found = eastvale.clauses.find((c) => c.number === number);
  if (!found) throw new Error(`no clause ${number}`);
  return found;
};

const chain = (concern: ConcernKind) => {
  const found = eastvale.chains.filter((c) => c.concern === concern);
  if (found.length !== 1) throw new Error(`${found.length} chains for ${concern}`);
  return found[0];
};

const rule = (classification: Classification) => {
  const found = eastvale.accessRules.find((a) => a.classification === classification);
  if (!found) throw new Error(`no access rule for ${classification}`);
  return found;
};

const grant = (classification: Classification, kind: AccessGrant['kind']) => {
  const found = rule(classification).grants.find((g) => g.kind === kind);
  if (!found) throw new Error(`no ${kind} grant for ${classification}`);
  return found;
};

const obligation = (kind: ObligationKind, first: RoleKey) => {
  const found = eastvale.obligations.filter((o) => o.kind === kind && o.appliesTo[0] === first);
  if (found.length !== 1) throw new Error(`${found.length} ${kind} obligations for ${first}`);
  return found[0];
};

const advice = (topic: string) => {
  const found = eastvale.adviceRoutes.find((a) => a.topic === topic);
  if (!found) throw new Error(`no advice route ${topic}`);
  return found;
};

const title = (key: RoleKey) => eastvale.roles.find((r) => r.key === key)?.title;
const standard = () => eastvale.responseStandards.find((s) => s.category === 'information_request')!;
const entries = (concern: ConcernKind) => (chain(concern).entryPoints ?? []).map((e) => [e.step, chain(concern).steps[e.step].handler]);

describe('Eastvale: facts encoded with the newer format fields', () => {
  test.each<[string, () => unknown, unknown]>([
    // consistency
    ['the whole document: protocolProblems(doc) is empty', () => protocolProblems(eastvale), []],
    ['every obligation and advice route cites at least one clause', () => [...eastvale.obligations, ...eastvale.adviceRoutes].filter((x) => x.clauses.length === 0), []],

    // 3.2: member concern about an officer
    ['3.2: a member may go straight to the Executive Head (step 1) where discussion would not be appropriate', () => entries('member_about_officer'), [[1, 'head_of_service']]],
    ['3.2: the entry point says when (discussion not appropriate)', () => chain('member_about_officer').entryPoints?.[0].when, expect.stringContaining('would not be appropriate')],
    ['3.2: seriousness alone does not skip discussion (no seriousStartsAt)', () => chain('member_about_officer').seriousStartsAt, undefined],
    ['3.2: the Executive Head step follows an unresolved discussion', () => chain('member_about_officer').steps[1].preconditions, ['unresolved_at_previous_step']],

    // 4.1: officer concern about a member
    ['4.1: the officer may start with their Line Manager or a Strategic Director (or the Chief Executive)', () => entries('officer_about_member'), [[1, 'line_manager'], [2, 'director']]],
    ['4.1: the Strategic Director step has the Chief Executive as alternative', () => chain('officer_about_member').steps[2].alternatives, ['chief_executive']],
    ['4.1: the Strategic Director or Chief Executive may approach the member and/or Group Leader', () => chain('officer_about_member').steps[2].mayNotify, ['member', 'group_leader']],
    ['4.1: nobody must be told at that step', () => chain('officer_about_member').steps[2].notify, []],
    ['4.1: Line Managers refer matters to their Service Manager', () => chain('officer_about_member').steps[1].notify, ['service_manager']],

    // 7.2: report contents
    [
      '7.2: issues over a report go to the Chief Executive, resolved jointly with the Leader or the Panel/Committee Chairman',
      // Format 2: with one of the two, whichever is appropriate (allOf with an anyOf).
      () => chain('report_content_dispute').steps.map((s) => [s.handler, s.action, s.handledBy]),
      [['chief_executive', 'decision', { allOf: [{ role: 'chief_executive' }, { anyOf: [{ role: 'leader' }, { role: 'committee_chair' }] }] }]],
    ],
    ['7.2: the report-content chain cites 7.2', () => chain('report_content_dispute').clauses, ['7.2']],

    // 8.3: difficulties over advice to political groups
    ['8.3: difficulty or uncertainty is raised with the Chief Executive, who discusses it with the group leader(s)', () => chain('party_group_difficulty').steps.map((s) => [s.handler, s.consult]), [['chief_executive', ['group_leader']]]],
    ['8.3: the party-group chain cites 8.3 at its step', () => chain('party_group_difficulty').steps[0].clauses, ['8.3']],

    // 11.9: need to know
    ['11.9: the Service Manager decides need to know with advice from the Monitoring Officer', () => chain('need_to_know_dispute').steps.map((s) => [s.handler, s.consult]), [['service_manager', ['monitoring_officer']]]],
    ['11.9: disputes go to the Standards Committee', () => chain('need_to_know_dispute').externalBody, 'standards_committee'],

    // 11.4, 16.1-16.3: information requests
    ['11.4, 16.2: information requests normally go to the Service Manager', () => standard().handler, 'service_manager'],
    [
      '11.4, 16.2: or another senior officer, a Strategic Director, the individual dealing with the matter or the Section Head',
      () => standard().alternatives?.map((a) => a.handler),
      ['officer', 'director', 'case_officer', 'team_leader'],
    ],
    ['16.1: "met without delay": no day limits, no extension terms, no escalation', () => [standard().acknowledgeWithinDays, standard().respondWithinDays, standard().extension, standard().escalateTo], [undefined, undefined, undefined, []]],
    ['16.3: urgent information may be given orally but is confirmed in writing', () => standard().urgent?.description, expect.stringContaining('confirmed in writing')],
    ['16.2: the individual dealing with the matter is a role of its own', () => title('case_officer'), 'Individual dealing with the matter'],

    // access
    ['16.8: commercially sensitive information is released once the Service Manager or Executive Head approves', () => grant('commercially_sensitive', 'role').approvedBy, ['service_manager', 'head_of_service']],
    ['16.8: the approval is not repeated in the rule description', () => rule('commercially_sensitive').description.includes('check with'), false],
    [
      '11.3: members’ statutory and common law grants apply only when undertaking Council business',
      () =>
        (['public', 'confidential', 'exempt', 'employee_personal', 'draft_report'] as const).flatMap((c) =>
          rule(c).grants.map((g) => [c, g.kind, g.condition?.includes('undertaking Council business') ?? false]),
        ),
      [
        ['public', 'role', true],
        ['confidential', 'committee_member', true],
        ['confidential', 'overview_scrutiny', true],
        ['confidential', 'need_to_know', true],
        ['exempt', 'committee_member', true],
        ['exempt', 'overview_scrutiny', true],
        ['exempt', 'need_to_know', true],
        ['employee_personal', 'committee_member', true],
        ['employee_personal', 'overview_scrutiny', true],
        ['employee_personal', 'need_to_know', true],
        ['draft_report', 'administration_group', true],
      ],
    ],
    ['11.3: each rule carrying the condition cites 11.3', () => (['public', 'confidential', 'exempt', 'employee_personal', 'draft_report'] as const).filter((c) => !rule(c).clauses.includes('11.3')), []],
    ['11.6: the Overview and Scrutiny right depends on the Panel’s review or work programme', () => grant('exempt', 'overview_scrutiny').condition, expect.stringContaining('Panel’s work programme')],
    ['11.10: draft reports are accessible only by the group forming the administration', () => rule('draft_report').grants.map((g) => g.kind), ['administration_group']],
    ['11.11: another party group’s internal documents stay with that group', () => rule('party_group').grants.map((g) => g.kind), ['party_group_member']],

    // disclosure exceptions
    ['2.2(e): a legitimate reason allows disclosure of confidential information', () => eastvale.disclosureExceptions.find((d) => d.key === 'legitimate_reason')?.clauses, ['2.2']],
    ['10.3: consent is the consent of the member it was meant for or the person who gave it', () => eastvale.disclosureExceptions.find((d) => d.key === 'consent')?.clauses, ['10.3']],

    // 6.2: close personal relationships
    [
      '6.2: a councillor discloses a close personal relationship to their Group Leader and the Monitoring Officer (Register of Member Interests)',
      () => [obligation('disclosure', 'member').reportTo, obligation('disclosure', 'member').register, obligation('disclosure', 'member').clauses],
      [['group_leader', 'monitoring_officer'], 'Register of Member Interests', ['6.2']],
    ],
    [
      '6.2: an employee discloses it to their Service Manager (Register of Officer Interests)',
      () => [obligation('disclosure', 'officer').reportTo, obligation('disclosure', 'officer').register, obligation('disclosure', 'officer').clauses],
      [['service_manager'], 'Register of Officer Interests', ['6.2']],
    ],
    ['6.2: the Group Leaders and Strategic Director keep the relationship from conflicting with the Codes', () => obligation('duty', 'group_leader').appliesTo, ['group_leader', 'director']],
    ['6.2, 8.3, 16.8: no expectation repeats what is now structured', () => eastvale.expectations.filter((e) => e.clauses.some((n) => ['6.2', '8.3', '16.8'].includes(n))), []],

    // 12.1: Public Relations Officer
    ['12.1: the Public Relations Officer is a role of its own', () => title('communications_officer'), 'Public Relations Officer'],
    ['12.1: the Public Relations Officer serves the Council as a whole, within the Code of Recommended Practice', () => [obligation('duty', 'communications_officer').clauses, obligation('duty', 'communications_officer').text], [['12.1'], expect.stringContaining('Code of Recommended Practice on Local Authority Publicity')]],

    // 15.1, 15.2: ceremonial events
    ['15.1: the Chairman (or in their absence the Vice-Chairman) leads District Council ceremonial events', () => [obligation('right', 'chairman').appliesTo, obligation('right', 'chairman').clauses], [['chairman', 'vice_chairman'], ['15.1']]],
    ['15.2: Portfolio Holders represent the Council at ceremonial events within their Portfolios', () => [obligation('right', 'cabinet_member').appliesTo, obligation('right', 'cabinet_member').clauses], [['cabinet_member'], ['15.2']]],
    // Format 2: the order of precedence as data (inAbsence).
    ['15.1: the Vice-Chairman stands in for the Chairman', () => obligation('right', 'chairman').inAbsence, [{ role: 'vice_chairman' }]],
    ['15.2: another Member of the Cabinet, then a member the Portfolio Holder nominates', () => obligation('right', 'cabinet_member').inAbsence, [{ role: 'cabinet_member' }, { role: 'cabinet_member', orNominee: true }]],
    ['6.2, 12.1, 15.1, 15.2: obligations by kind', () => eastvale.obligations.map((o) => o.kind), ['disclosure', 'disclosure', 'duty', 'duty', 'right', 'right']],

    // advice routes
    ['11.4, 16.8: doubts and concerns about information requests go to the Service Manager or the Monitoring Officer', () => [advice('information_requests').advisers, advice('information_requests').required, advice('information_requests').clauses], [['service_manager', 'monitoring_officer'], undefined, ['11.4', '16.8']]],
    ['11.12: further advice on members’ rights to inspect documents from the Monitoring Officer', () => [advice('members_rights_to_inspect_documents').advisers, advice('members_rights_to_inspect_documents').clauses], [['monitoring_officer'], ['11.12']]],
    ['advice routes: two topics', () => eastvale.adviceRoutes.map((a) => a.topic), ['information_requests', 'members_rights_to_inspect_documents']],
  ])('%s', (_, get, expected) => {
    expect(get()).toEqual(expected);
  });
});

describe('Eastvale: the clause wording behind those facts', () => {
  test.each([
    ['3.2', 'feels that such an approach would not be appropriate, they should raise the matter with the relevant Executive Head'],
    ['4.1', 'raise the matter with the member concerned, or with their own Line Manager, Strategic Director, or the Chief Executive, as appropriate'],
    ['4.1', 'may include approaching the individual member and/or Group Leader'],
    ['6.2', 'The councillor should disclose any such relationship to their Group Leader and the Monitoring Officer, and the employee to their Service Manager.'],
    ['6.2', 'Register of Member and Officer Interests respectively'],
    ['7.2', 'referred to the Chief Executive for resolution in conjunction with the Leader of the Council or Chairman of the Panel or Committee'],
    ['8.3', 'must be raised with the Chief Executive, who will discuss them with the relevant group leader(s)'],
    ['11.3', 'these rights only apply where members are undertaking Council business'],
    ['11.9', '(with advice from the Monitoring Officer)'],
    ['11.10', 'accessible only by the political group forming the administration and not by the other political groups'],
    ['11.12', 'may be obtained from the Monitoring Officer'],
    ['12.1', 'Public Relations Officer serves the Council as a whole'],
    ['15.1', 'The Chairman of the Council (or in their absence the Vice-Chairman)'],
    ['16.2', 'the Councillor is entitled to speak to that person or the Section Head'],
    ['16.8', 'you must check with your Service Manager or Executive Head before releasing such information'],
    ['16.8', 'please contact either your Service Manager or the Monitoring Officer'],
    ['2.2', 'without authority or a legitimate reason'],
  ])('clause %s says "%s"', (number, phrase) => {
    expect(clause(number).text).toContain(phrase);
  });
});
