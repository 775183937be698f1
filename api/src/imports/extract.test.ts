import { DATE_RE, parseStatedDate, roleMentions, suggest, type Suggestion } from './extract';
import { structureBlocks, textToBlocks } from './structure';
import { importToDocument } from './to-document';
import { protocolProblems } from '../domain/protocol';

const run = (text: string) => suggest(structureBlocks(textToBlocks(text)));
const of = <K extends Suggestion['kind']>(text: string, kind: K) => run(text).filter((s): s is Extract<Suggestion, { kind: K }> => s.kind === kind);

describe('time limits, per phrasing', () => {
  it.each([
    ['Enquiries will be acknowledged within 2 working days.', 'acknowledge', 2, 'working_days', 'time.within_n_units'],
    ['A response should be provided within 10 working days.', 'respond', 10, 'working_days', 'time.within_n_units'],
    ['The case officer will normally reply by email within three working days.', 'respond', 3, 'working_days', 'time.within_n_units'],
    ['An acknowledgement that explains what is happening within five (5) working days of the enquiry.', 'acknowledge', 5, 'working_days', 'time.within_n_units'],
    ['Urgent requests will receive a response within 48 hours.', 'respond', 48, 'hours', 'time.within_n_units'],
    ['Letters will be answered within 15 calendar days.', 'respond', 15, 'calendar_days', 'time.within_n_units'],
    ['Requests will be responded to within two weeks.', 'respond', 10, 'working_days', 'time.within_n_units'],
    ['Enquiries will be acknowledged by the end of the next working day.', 'acknowledge', 1, 'end_of_next_working_day', 'time.end_of_next_working_day'],
    ['Officers should respond to requests for information promptly.', 'respond', null, 'promptly', 'time.promptly'],
    ['Reasonable requests for information are met without delay.', 'unspecified', null, 'promptly', 'time.promptly'],
    ['A response will aim to be provided before the relevant meeting.', 'respond', null, 'before_meeting', 'time.before_meeting'],
  ])('%s', (text, what, amount, unit, pattern) => {
    const [s] = of(`1. ${text}`, 'time_limit');
    expect(s).toMatchObject({ clause: '1', pattern, value: { what, amount, unit } });
    expect(text.slice(s!.span[0], s!.span[1])).toBe(s!.excerpt);
  });
  it('takes both limits of one sentence, each with its own verb', () => {
    const found = of('106 Enquiries to the Member Enquiries Mailbox will be acknowledged within 2 working days and a response should be provided within 10 working days.', 'time_limit');
    expect(found.map((s) => [s.value.what, s.value.amount, s.value.handler])).toEqual([
      ['acknowledge', 2, 'democratic_services'],
      ['respond', 10, 'democratic_services'],
    ]);
  });
  it('ignores "within" that is not a time limit, and limits outside any talk of replies', () => {
    expect(of('1. Members work within their ward.\n\n2. Members must register gifts within 28 days.', 'time_limit')).toEqual([]);
  });
});

describe('roles: the council\'s own titles, mapped to a built-in kind', () => {
  it.each([
    ['the Town Clerk', 'clerk', 'Town Clerk'],
    ['the Clerk to the Council', 'clerk', 'Clerk to the Council'],
    ['an Executive Head', 'head_of_service', 'Executive Head'],
    ['the Designated Finance Officer', 'section_151_officer', 'Designated Finance Officer'],
    ['the Member Enquiries Mailbox', 'democratic_services', 'Member Enquiries Mailbox'],
    ['a Portfolio Holder', 'cabinet_member', 'Portfolio Holder'],
    ['the Deputy Chief Executive', 'deputy_chief_executive', 'Deputy Chief Executive'],
    ['the Public Services Ombudsman for Wales', 'ombudsman', 'Public Services Ombudsman for Wales'],
    ['the Society for Local Council Clerks', 'slcc', 'Society for Local Council Clerks'],
    ['the Ward members', 'ward_member', 'Ward members'],
  ])('%s', (text, key, title) => {
    const m = roleMentions(`Ask ${text} first.`).find((r) => !r.generic);
    expect(m).toMatchObject({ key, title });
  });
  it('one suggestion per role with every clause that names it; a clerk-led council\'s Monitoring Officer is the principal council\'s', () => {
    const roles = of('1. Raise it with the Town Clerk.\n\n2. The Town Clerk may ask the Monitoring Officer.', 'role');
    expect(roles.find((r) => r.value.key === 'clerk')?.value).toMatchObject({ title: 'Town Clerk', clauses: ['1', '2'] });
    expect(roles.find((r) => r.value.key === 'principal_council_monitoring_officer')).toBeDefined();
  });
});

describe('escalation sequences', () => {
  it('raise it with X; if not resolved, Y; then Z', () => {
    const [e] = of(
      '26. If a Councillor is dissatisfied with the conduct of an employee, the matter should be raised with the Town Clerk in the first instance. If the matter cannot be resolved informally, it should be referred to the Chairman and then to the Personnel Committee.',
      'escalation',
    );
    expect(e?.value.steps.map((s) => s.role)).toEqual(['clerk', 'chairman', 'personnel_committee']);
    expect(e?.pattern).toBe('escalation.sequence');
  });
});

describe('escalation: per phrasing, the steps (role@clause) a text gives', () => {
  const steps = (text: string) => of(text, 'escalation').flatMap((e) => e.value.steps.map((x) => `${x.role}@${x.clause ?? e.clause}`));
  it.each([
    // Who is only told, consulted or advising is not a step.
    ['notified', '4.7 If an Officer has a complaint about a Member he/she should raise the matter with his/her Head of Service who will notify the relevant Director.', ['head_of_service@4.7']],
    ['discussed with, by the handler', '8.3 Any particular cases of difficulty must be raised with the Chief Executive, who will discuss them with the relevant group leader(s).', ['chief_executive@8.3']],
    ['in conjunction with', '7.2 Any issues arising in this area should be referred to the Chief Executive for resolution in conjunction with the Leader of the Council or Chairman of the Panel or Committee, as appropriate.', ['chief_executive@7.2']],
    ['advised, after the role', '6.6 Where a complaint may follow, the appropriate Cabinet Member or Committee Chair concerned should be advised about the information provided.', []],
    ['also raised with, beside the step', '4.3 Concerns about an Officer go to the Head of Service in the first instance. The Member will also raise with their Group Leader any concerns about Officer conduct.', ['head_of_service@4.3']],
    ['approached, as an action', '4.1 Where the concern is raised with a Strategic Director, they will take action which may include approaching the individual member and/or Group Leader.', ['director@4.1']],
    ['whether to refer', '4.11 If the alleged misconduct is of a serious nature the matter should be reported to the Monitoring Officer who will discuss initially with the Chief Executive and then, if appropriate, with the Corporate Directors Group as to whether it is appropriate for referral to the Public Service Ombudsman for Wales.', ['monitoring_officer@4.11']],
    ['with advice from, in brackets', '11.9 In the event of dispute this question must initially be determined by the particular Service Manager (with advice from the Monitoring Officer).', ['service_manager@11.9']],
    // New ways of saying "next".
    ['does not prove possible', '34 Allegations by an Officer of a breach of this Protocol by a Member should be made to the Clerk to the Council. If this does not prove possible the Clerk may take advice from the Monitoring Officer at the County Council.', ['clerk@34', 'principal_council_monitoring_officer@34']],
    ['may lead to a procedure', '138 Breaches by an officer may lead to an investigation under the Council\'s disciplinary procedure.', ['full_council@138']],
    ['informally referring to', '139 An officer with a concern about a Member should raise it with their Executive Director. At a minor level, this may be no more than informally referring the matter to the leader of the relevant party group.', ['director@139', 'group_leader@139']],
    ['disputes determined by', '114 Disputes as to the validity of a request on a need to know basis will be determined by the Monitoring Officer.', ['monitoring_officer@114']],
    ['the one who investigates, before the verb', '22 It is a betrayal of trust to breach confidences. The Town Clerk will instigate any appropriate investigations into alleged breaches of confidence.', ['clerk@22']],
    ['and / or with spaces: one step with an alternative', '25 If the matter is not resolved it may be necessary to seek independent advice from NALC and / or the Society for Local Council Clerks.', ['nalc@25']],
    // Not a concern: no chain.
    ['a matter concerning someone is not a concern', '48 An officer may raise, on a personal basis, a matter concerning him/herself with his/her ward Member.', []],
    ['decided by, outside a dispute', '6.2 Requests will be met subject to any overriding legal considerations (which will be determined by the Monitoring Officer).', []],
  ])('%s', (_what, text, expected) => {
    expect(steps(text)).toEqual(expected);
  });

  it('a chain spread over the clauses that follow in its section: each step with its clause (Glanmor 4.7–4.11)', () => {
    const text = [
      '## 4 Officers and Members',
      '4.7 If an Officer has a complaint that he/she has not been treated with respect by a Member he/she should raise the matter with his/her Head of Service who will notify the relevant Director.',
      '4.8 If the Member has a Group Leader the Head of Service will also notify the Group Leader that a complaint has been made.',
      '4.9 If the matter cannot be resolved at the initial stage by the Head of Service then the Chief Executive will seek to resolve it by mediation.',
      '4.10 Both parties will be expected to engage with mediation.',
      '4.11 If the alleged misconduct is of a serious nature the matter should be reported to the Monitoring Officer who will discuss initially with the Chief Executive.',
      '## 5 Other matters',
      '5.1 If the matter cannot be resolved, the Leader of the Council may be asked to help.',
    ].join('\n\n');
    const found = of(text, 'escalation');
    expect(found).toHaveLength(1);
    expect(found[0]!.clause).toBe('4.7');
    expect(found[0]!.pattern).toBe('escalation.sequence');
    expect(steps(text)).toEqual(['head_of_service@4.7', 'chief_executive@4.9', 'monitoring_officer@4.11']);
    // The draft's chain cites each clause, each step its own.
    const structure = structureBlocks(textToBlocks(text));
    const { document } = importToDocument(structure, found, { accept: [found[0]!.id] });
    expect(document.chains[0]!.clauses).toEqual(['4.7', '4.9', '4.11']);
    expect(document.chains[0]!.steps.map((x) => [x.handler, x.clauses])).toEqual([
      ['head_of_service', ['4.7']],
      ['chief_executive', ['4.9']],
      ['monitoring_officer', ['4.11']],
    ]);
    expect(protocolProblems(document)).toEqual([]);
  });

  it('a later clause in a new section, or too far on, does not carry the chain (Kingsford 24–25 does)', () => {
    const kingsford = [
      '24 The relationship between Councillors and the Town Clerk may break down. Whilst it is preferable to resolve matters informally, it may be necessary to adhere to the Council\'s formal Grievance Procedure.',
      '25 The Unitary Council\'s Monitoring Officer may be able to offer a mediation / conciliation role or it may be necessary to seek independent advice from NALC and / or the Society for Local Council Clerks.',
    ].join('\n\n');
    // A town council's Monitoring Officer is the principal council's.
    expect(steps(kingsford)).toEqual(['full_council@24', 'principal_council_monitoring_officer@25', 'nalc@25']);
    const far = ['1. Raise a complaint with the Clerk in the first instance.', '2. Text.', '3. Text.', '4. Text.', '5. If the matter cannot be resolved, the Chairman will consider mediation.'].join('\n\n');
    expect(steps(far)).toEqual(['clerk@1']);
  });
});

describe('escalation: alternatives and procedures', () => {
  it('"the Executive Director or Service Manager" is one step with an alternative', () => {
    const [e] = of('137 A Member who is unhappy with an officer should take up the concern with the appropriate Executive Director or Service Manager.', 'escalation');
    expect(e?.value.steps).toEqual([{ role: 'director', title: 'Executive Director', alternatives: ['service_manager'] }]);
  });
  it('a procedure named as the next stage is the council\'s', () => {
    const [e] = of('26. If a Councillor is dissatisfied with an employee, the matter should be raised with the Town Clerk in the first instance. If the matter cannot be resolved informally, it may be necessary to invoke the council\'s Disciplinary Procedure.', 'escalation');
    expect(e?.value.steps.map((x) => [x.role, x.title])).toEqual([
      ['clerk', 'Town Clerk'],
      ['full_council', 'Council (Disciplinary Procedure)'],
    ]);
  });
});

describe('dates as stated', () => {
  it.each([
    ['25 June 2009', '2009-06-25'],
    ['June 25, 2009', '2009-06-25'],
    ['October 2024', '2024-10'],
    ['25/06/2009', '2009-06-25'],
    ['09.09.21', '2021-09-09'],
    ['2021-09-09', '2021-09-09'],
    ['250609', '2009-06-25'],
    ['2019', '2019'],
    ['31/02/2020', null],
  ])('%s', (text, on) => expect(parseStatedDate(DATE_RE.exec(text)!)).toBe(on));
  it('adoption with body and date, last updated with its scope, review date', () => {
    const s = run('Agreed Council 250609 (Members Enquiries section updated on 09.09.21)\n\nMEMBER/OFFICER PROTOCOL\n\n1 Text.\n\n2 This protocol will be reviewed every two years by the Standards Committee.');
    expect(s.find((x) => x.kind === 'adoption')?.value).toEqual({ on: '2009-06-25', by: 'full_council' });
    expect(s.find((x) => x.kind === 'last_updated')?.value).toEqual({ on: '2021-09-09', scope: 'Members Enquiries section' });
    expect(s.find((x) => x.kind === 'review')?.value).toMatchObject({ everyMonths: 24, body: 'standards_committee' });
  });
  it('"Adopted: October 2024 / Review: October 2025"', () => {
    const s = run('# Protocol\n\n**Adopted: October 2024**\n\n**Review: October 2025**\n\n1. Text.');
    expect(s.find((x) => x.kind === 'adoption')?.value).toEqual({ on: '2024-10' });
    expect(s.find((x) => x.kind === 'review')?.value).toEqual({ on: '2025-10' });
  });
});

describe('confidentiality, access and correspondence', () => {
  it.each([
    ['Confidential information must never be disclosed.', 'access', { classification: 'confidential' }],
    ['Members may not see exempt information unless they need to know.', 'access', { classification: 'exempt' }],
    ['Members are not entitled to sensitive data about individual employees.', 'access', { classification: 'employee_personal' }],
    ['E-mails should not be blind copied without saying so.', 'correspondence', { key: 'no_blind_copies' }],
    ['Official letters should be sent in the name of the appropriate officer.', 'correspondence', { key: 'officer_letters_in_own_name' }],
    ['The Mayor may initiate correspondence in his/her own name.', 'correspondence', { key: 'mayor_correspondence' }],
  ] as const)('%s', (text, kind, value) => {
    expect(run(`1. ${text}`).find((s) => s.kind === kind)?.value).toEqual(value);
  });
});
