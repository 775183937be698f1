import { protocolProblems, type ConcernKind, type EnquiryCategory, type ProtocolDocument } from '../../domain/protocol';
import { parseRule } from '../../domain/protocol.schema';
import { documentItems, SECTION_LISTS, SECTIONS } from '../../domain/protocol-items';
import { DEMO_PROTOCOLS } from './index';

/** The seed documents, read from their YAML files as an upload is. */
const { ashbury } = DEMO_PROTOCOLS;

/**
 * Ashbury Borough Council (seed 002): the facts encoded with the protocol format's
 * newer fields (obligations, advice routes, alternative handlers, extension terms,
 * chain categories and entry points, joint handlers, amendments, new role keys).
 */

type Doc = ProtocolDocument;

const standard = (d: Doc, category: EnquiryCategory) => d.responseStandards.find((s) => s.category === category);
const chain = (d: Doc, concern: ConcernKind) => d.chains.find((c) => c.concern === concern);
const route = (d: Doc, topic: string) => d.adviceRoutes.find((a) => a.topic === topic);
const role = (d: Doc, key: string) => d.roles.find((r) => r.key === key);
const obligationsCiting = (d: Doc, number: string) => d.obligations.filter((o) => o.clauses.includes(number));
const obligation = (d: Doc, number: string) => {
  const found = obligationsCiting(d, number);
  if (found.length !== 1) throw new Error(`${found.length} obligations cite clause ${number}`);
  return found[0];
};

const SENIOR_OFFICERS = ['chief_executive', 'deputy_chief_executive', 'director', 'service_manager'];

test.each<[string, (d: Doc) => unknown, unknown]>([
  // consistency
  ['whole document: protocolProblems(doc) is empty', (d) => protocolProblems(d), []],
  ['whole document: every stored item has a key of its own (chains, standards, advice routes)', (d) => documentItems(d).map((r) => `${r.section}:${r.key}`).filter((k, i, all) => all.indexOf(k) !== i), []],

  // roles with the new keys, in the council's own words
  ['105: the planning control Manager has a role of its own', (d) => role(d, 'planning_manager'), { key: 'planning_manager', title: 'planning control Manager', kind: 'officer', clauses: ['105'] }],
  ['108: the Democratic Service Manager has a role of its own', (d) => role(d, 'democratic_services_manager'), { key: 'democratic_services_manager', title: 'Democratic Service Manager', kind: 'officer', clauses: ['108'] }],
  ['125, 126: the communications unit (press office)', (d) => role(d, 'communications_officer'), { key: 'communications_officer', title: 'communications unit', kind: 'officer', clauses: ['125', '126'] }],
  ['106: the Member Enquiries Mailbox keeps its key', (d) => role(d, 'democratic_services')?.title, 'Member Enquiries Mailbox'],

  // response standards: alternatives and extensions
  [
    '105: sensitive or complex planning enquiries go to the relevant team leader or the planning control Manager',
    (d) => standard(d, 'planning')?.alternatives,
    [
      { handler: 'team_leader', when: 'The matter is of a particularly sensitive or complex nature.' },
      { handler: 'planning_manager', when: 'The matter is of a particularly sensitive or complex nature.' },
    ],
  ],
  ['105: planning enquiries go first to the case officer, reply within 3 working days', (d) => [standard(d, 'planning')?.handler, standard(d, 'planning')?.respondWithinDays], ['case_officer', 3]],
  ['105: no extension terms are given for planning', (d) => standard(d, 'planning')?.extension, undefined],
  ['106: ward matters: more time means a time estimate and a brief explanation', (d) => standard(d, 'ward_matter')?.extension?.terms, ['time_estimate', 'explanation']],
  ['106: the extension is no longer repeated in the ward standard’s description', (d) => standard(d, 'ward_matter')?.description.includes('estimate'), false],
  ['106: ward matters have no alternative handler', (d) => standard(d, 'ward_matter')?.alternatives, undefined],
  ['107: policy matters have no extension terms', (d) => standard(d, 'policy_matter')?.extension, undefined],
  ['108: complaints go to the Democratic Service Manager first', (d) => standard(d, 'complaint')?.handler, 'democratic_services_manager'],
  ['108: or to the Monitoring Officer or the Chief Executive', (d) => standard(d, 'complaint')?.alternatives?.map((a) => a.handler), ['monitoring_officer', 'chief_executive']],
  ['108: complaints are answered within 3 working days', (d) => standard(d, 'complaint')?.respondWithinDays, 3],
  ['108: complex complaints: an acknowledgement with an estimate of the time needed', (d) => standard(d, 'complaint')?.extension?.terms, ['time_estimate']],
  ['108: the complex-case acknowledgement has no time limit in the text', (d) => standard(d, 'complaint')?.acknowledgeWithinDays, undefined],
  ['109: portfolio/political issues go to the Council Leader', (d) => standard(d, 'portfolio_political')?.handler, 'leader'],
  ['109: or the Deputy Leader or the relevant portfolio leader', (d) => standard(d, 'portfolio_political')?.alternatives?.map((a) => a.handler), ['deputy_leader', 'cabinet_member']],
  ['109: no time limit for portfolio/political issues', (d) => [standard(d, 'portfolio_political')?.acknowledgeWithinDays, standard(d, 'portfolio_political')?.respondWithinDays], [undefined, undefined]],
  ['111: information requests have no extension terms or alternatives', (d) => [standard(d, 'information_request')?.extension, standard(d, 'information_request')?.alternatives], [undefined, undefined]],

  // chains: category, entry points, joint handlers, new concern kinds
  ['106: the late-enquiry chain is for ward matters only', (d) => chain(d, 'enquiry_late')?.category, 'ward_matter'],
  [
    '106: a Member unhappy with the explanation for a longer timescale goes straight to an Executive Director (step 1)',
    (d) => chain(d, 'enquiry_late')?.entryPoints?.map((e) => [e.step, chain(d, 'enquiry_late')?.steps[e.step].handler]),
    [[1, 'director']],
  ],
  ['106: the late-enquiry chain keeps its handlers', (d) => chain(d, 'enquiry_late')?.steps.map((s) => s.handler), ['democratic_services', 'director']],
  ['93: party group difficulties: one chain', (d) => d.chains.filter((c) => c.concern === 'party_group_difficulty').length, 1],
  [
    '93: raised with the Chief Executive jointly with the relevant party group leader',
    (d) => chain(d, 'party_group_difficulty')?.steps.map((s) => [s.handler, s.jointWith, s.action, s.clauses]),
    [['chief_executive', ['group_leader'], 'raise_concern', ['93']]],
  ],
  [
    '136: interpretation questions go to the Monitoring Officer for advice',
    (d) => chain(d, 'interpretation')?.steps.map((s) => [s.handler, s.action, s.clauses]),
    [['monitoring_officer', 'advice', ['136']]],
  ],
  ['114: the need-to-know dispute chain no longer carries the officers’ advice rule', (d) => chain(d, 'need_to_know_dispute')?.steps[0].description.includes('advice'), false],
  // Format 2: the procedure itself handles the step; no person is invented.
  ['138: the disciplinary procedure handles its step, no person invented', (d) => d.chains.flatMap((c) => c.steps).filter((s) => s.action === 'disciplinary_procedure').map((s) => [s.handler, s.handledBy]), [[undefined, { procedure: { name: 'the Council’s disciplinary procedure' } }]]],

  // advice routes
  ['advice routes: the topics, in order', (d) => d.adviceRoutes.map((a) => a.topic), [
    'conflicts_between_member_roles',
    'executive_formal_decisions',
    'executive_decisions_with_financial_implications',
    'call_in',
    'need_to_know_requests',
    'data_protection_or_interest_before_requesting_documents',
    'media_contact',
    'press_release',
    'interpretation',
  ]],
  ['136: interpretation: the Monitoring Officer’s guidance, citing 136', (d) => route(d, 'interpretation') && [route(d, 'interpretation')!.advisers, route(d, 'interpretation')!.clauses, route(d, 'interpretation')!.required], [['monitoring_officer'], ['136'], undefined]],
  ['115: the Monitoring Officer’s advice must be obtained first (Data Protection Act, personal or prejudicial interest)', (d) => { const r = route(d, 'data_protection_or_interest_before_requesting_documents'); return r && [r.advisers, r.required, r.clauses]; }, [['monitoring_officer'], true, ['115']]],
  ['114: officers in doubt about a need-to-know request seek the Monitoring Officer’s advice', (d) => { const r = route(d, 'need_to_know_requests'); return r && [r.advisers, r.required, r.clauses]; }, [['monitoring_officer'], true, ['114']]],
  ['25: conflicts between a Member’s roles: the Monitoring Officer and the senior officers of clause 8, not required', (d) => { const r = route(d, 'conflicts_between_member_roles'); return r && [r.advisers, r.required, r.clauses]; }, [['monitoring_officer', ...SENIOR_OFFICERS], undefined, ['25', '8']]],
  ['58: before formal decisions the Executive advised by, without exception, the Monitoring Officer and the designated Finance Officer', (d) => { const r = route(d, 'executive_formal_decisions'); return r && [r.advisers, r.required, r.clauses]; }, [['monitoring_officer', 'section_151_officer'], true, ['58']]],
  ['59: decisions with a financial implication: the Finance Officer and the service’s senior officers consulted first', (d) => { const r = route(d, 'executive_decisions_with_financial_implications'); return r && [r.advisers, r.required, r.clauses]; }, [['section_151_officer', 'director', 'service_manager'], true, ['59', '8']]],
  ['73: call-in: overview and scrutiny Members must seek officer advice', (d) => { const r = route(d, 'call_in'); return r && [r.advisers, r.required, r.clauses]; }, [['officer'], true, ['73']]],
  ['126: media contact: the press office and/or relevant senior officer, if necessary', (d) => { const r = route(d, 'media_contact'); return r && [r.advisers, r.required, r.clauses]; }, [['communications_officer', ...SENIOR_OFFICERS], undefined, ['126', '8']]],
  ['126: a press release: always the press office and/or relevant senior officer', (d) => { const r = route(d, 'press_release'); return r && [r.advisers, r.required, r.clauses]; }, [['communications_officer', ...SENIOR_OFFICERS], true, ['126', '8']]],

  // obligations
  ['obligations: 17 in all', (d) => d.obligations.length, 17],
  ['10: Members and officers must at all times observe this protocol', (d) => { const o = obligation(d, '10'); return [o.kind, o.appliesTo]; }, ['duty', ['member', 'officer']]],
  ['16: officers are bound by the Code of Conduct for staff', (d) => { const o = obligation(d, '16'); return [o.kind, o.appliesTo]; }, ['duty', ['officer']]],
  ['24: officers’ right not to support Members outside their role, and the statutory limit on political activity', (d) => obligationsCiting(d, '24').map((o) => [o.kind, o.appliesTo]), [['right', ['officer']], ['restriction', ['officer']]]],
  ['34: Members’ duty always to act in the public interest', (d) => { const o = obligation(d, '34'); return [o.kind, o.appliesTo]; }, ['duty', ['member']]],
  ['44: Members and officers disclose influential relationships to the Monitoring Officer', (d) => { const o = obligation(d, '44'); return [o.kind, o.appliesTo, o.reportTo, o.register]; }, ['disclosure', ['member', 'officer'], ['monitoring_officer'], undefined]],
  ['45: Members and officers are open about their relationships', (d) => { const o = obligation(d, '45'); return [o.kind, o.appliesTo, o.clauses]; }, ['duty', ['member', 'officer'], ['43', '45']]],
  ['57, 75: senior officers’ right to submit papers and present reports', (d) => { const o = obligation(d, '57'); return [o.kind, o.appliesTo, o.clauses]; }, ['right', [...SENIOR_OFFICERS, 'monitoring_officer', 'section_151_officer'], ['8', '57', '75']]],
  ['64: an Overview and Scrutiny Committee or its chairman may require officers to attend', (d) => { const o = obligation(d, '64'); return [o.kind, o.appliesTo]; }, ['right', ['overview_scrutiny_committee', 'committee_chair']]],
  ['79: officers may refuse requests from party groups', (d) => { const o = obligation(d, '79'); return [o.kind, o.appliesTo]; }, ['right', ['officer']]],
  ['87: an officer may leave a party group meeting at any time', (d) => { const o = obligation(d, '87'); return [o.kind, o.appliesTo]; }, ['right', ['officer']]],
  ['90: an officer may verify advice attributed to him/her in a party group record', (d) => { const o = obligation(d, '90'); return [o.kind, o.appliesTo]; }, ['right', ['officer']]],
  ['111: third-party information only if public AND not barred by legislation', (d) => { const o = obligation(d, '111'); return [o.kind, o.text.includes('public domain') && o.text.includes('not barred by legislation')]; }, ['restriction', true]],
  ['118: no disclosure of confidences without consent or legal requirement', (d) => { const o = obligation(d, '118'); return [o.kind, o.appliesTo]; }, ['restriction', ['member', 'officer']]],
  ['125: officers tell the communications unit of issues of media interest', (d) => { const o = obligation(d, '125'); return [o.kind, o.appliesTo, o.reportTo]; }, ['duty', ['officer'], ['communications_officer']]],
  ['132: Council goods and services not for private, party political or campaigning use', (d) => { const o = obligation(d, '132'); return [o.kind, o.appliesTo]; }, ['restriction', ['member']]],
  ['133: Members comply with the Council’s rules on resources', (d) => { const o = obligation(d, '133'); return [o.kind, o.appliesTo]; }, ['duty', ['member']]],

  // moved, not duplicated
  ['44, 93, 115, 136, 59, 73, 24, 57, 87, 90, 132: no longer also expectations', (d) => d.expectations.filter((e) => e.clauses.some((c) => ['44', '93', '115', '136', '59', '73', '24', '57', '87', '90', '132'].includes(c))).length, 0],
  ['127-134: the correspondence rule keeps its key for the correspondence part of 132 and 134', (d) => d.correspondenceRules.find((r) => r.key === 'political_correspondence_not_on_council_resources')?.clauses, ['132', '134']],
  ['111: already_public stays a disclosure exception', (d) => d.disclosureExceptions.find((x) => x.key === 'already_public')?.clauses, ['111']],

  // review
  ['preamble, 104-109: the Member Enquiries section updated on 9 September 2021', (d) => d.review.amendments, [{ on: '2021-09-09', scope: 'Member Enquiries section', clauses: ['104', '105', '106', '107', '108', '109'] }]],
  ['11: nobody is named as approving amendments', (d) => d.review.amendedBy, undefined],
])('%s', (_, get, expected) => {
  expect(get(ashbury)).toEqual(expected);
});

test.each(SECTIONS.map((section) => [section] as const))('every %s item has the shape the API accepts', (section) => {
  const items = ashbury[SECTION_LISTS[section]] as unknown[];
  const failures = items.map((item, i) => ({ i, r: parseRule(section, item) })).filter(({ r }) => !r.ok);
  expect(failures).toEqual([]);
});
