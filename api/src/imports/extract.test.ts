import { DATE_RE, parseStatedDate, roleMentions, suggest, type Suggestion } from './extract';
import { structureBlocks, textToBlocks } from './structure';

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
